package io.phonebench.drivers.power;

import java.util.Optional;

/** What powers one phone: a relay contact, a GPIO line, a PDU outlet or a PoE port. */
public interface PowerSwitch {

    void on();

    void off();

    /** Off, wait the configured off time, on. */
    void cycle();

    /** The state read back from the hardware, or empty where the hardware cannot tell. */
    Optional<Boolean> state();

    /** The state this switch must be left in when the bench exits. */
    SafeState safeState();

    /** Puts the switch into {@link #safeState()}; the bench calls this at shutdown, in reverse order of start. */
    default void applySafeState() {
        switch (safeState()) {
            case ON -> on();
            case OFF -> off();
            case AS_IS -> { }
        }
    }
}
