package io.phonebench.drivers.power;

/** What a power output is left at when the bench exits (rig file: {@code safeState: on|off|as-is}). */
public enum SafeState {
    ON, OFF, AS_IS
}
