package io.phonebench.emulator.virtual;

/** Where a virtual phone is in its power cycle. Only a READY phone answers HTTP. */
public enum PowerState {
    /** No power: connections are refused. */
    OFF,
    /** Powered, firmware loading: the console talks, HTTP does not answer yet. */
    BOOTING,
    /** Booted: HTTP answers. */
    READY
}
