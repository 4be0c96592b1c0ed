package io.phonebench.drivers.power;

import java.util.Optional;

/** One on/off output: a relay contact or a GPIO line. {@code true} means energised / active. */
public interface OutputChannel {

    void set(boolean on);

    /**
     * The output's state: read back from the hardware where it can, otherwise the last state this bench set
     * (empty until the first {@link #set}).
     */
    Optional<Boolean> get();

    /** Names the output for messages, e.g. {@code relay board 'board1' (/dev/ttyUSB0) channel 3}. */
    String describe();
}
