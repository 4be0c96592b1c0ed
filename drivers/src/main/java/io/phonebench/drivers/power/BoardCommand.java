package io.phonebench.drivers.power;

import java.util.Arrays;
import java.util.Objects;

/**
 * One command to a relay board and how its answer ends: no answer, a fixed number of bytes, or everything up to and
 * including a marker byte (a prompt).
 *
 * @param text         the command for messages ({@code A0 01 01 A2}, {@code relay on 0})
 * @param bytes        what goes on the wire
 * @param answerLength bytes of a fixed-length answer, 0 when the answer is not fixed-length
 * @param answerEnd    the byte that ends the answer, or -1
 */
public record BoardCommand(String text, byte[] bytes, int answerLength, int answerEnd) {
    public BoardCommand {
        Objects.requireNonNull(text, "text");
        bytes = bytes.clone();
        if (answerLength < 0 || answerEnd < -1 || answerEnd > 0xFF || (answerLength > 0 && answerEnd >= 0)) {
            throw new IllegalArgumentException("board command " + text + ": expected a fixed length or an end byte,"
                    + " saw length " + answerLength + " and end " + answerEnd);
        }
    }

    /** A command the board does not answer. */
    public static BoardCommand unanswered(String text, byte[] bytes) {
        return new BoardCommand(text, bytes, 0, -1);
    }

    /** A command answered with exactly {@code length} bytes. */
    public static BoardCommand answeredWith(String text, byte[] bytes, int length) {
        return new BoardCommand(text, bytes, length, -1);
    }

    /** A command answered with text ending at {@code end}, e.g. a prompt. */
    public static BoardCommand answeredUntil(String text, byte[] bytes, char end) {
        return new BoardCommand(text, bytes, 0, end);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoardCommand c && c.text.equals(text) && Arrays.equals(c.bytes, bytes)
                && c.answerLength == answerLength && c.answerEnd == answerEnd;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(bytes), answerLength, answerEnd);
    }

    @Override
    public String toString() {
        return "BoardCommand[" + text + "]";
    }
}
