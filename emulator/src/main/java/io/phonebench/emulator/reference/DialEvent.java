package io.phonebench.emulator.reference;

import java.time.Instant;

/**
 * A call the phone placed (or, for EditDial, offered for editing).
 *
 * @param digits what was dialled
 * @param via    how: {@code Dial:} URI, directory {@code Dial} or {@code EditDial} softkey
 * @param at     phone clock time
 */
public record DialEvent(String digits, String via, Instant at) {
}
