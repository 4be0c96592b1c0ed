package io.phonebench.bench.phone;

/** Where a phone is in its power life; {@link PhoneStrategy} walks it. BROKEN is terminal for the run. */
public enum PhoneState {
    UNKNOWN, OFF, BOOTING, READY, BROKEN
}
