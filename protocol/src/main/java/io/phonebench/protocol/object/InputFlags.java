package io.phonebench.protocol.object;

/**
 * What an InputItem accepts (docs/xml-object-reference.md §2.2): one type letter, {@code A} ASCII, {@code T} telephone,
 * {@code N} numeric, {@code E} equation (not on Multiplatform firmware), {@code U} uppercase, {@code L} lowercase,
 * optionally followed by the only modifier {@code P} (password: masked, keypad-repeat entry). Prints as the SDK text,
 * e.g. "AP".
 */
public record InputFlags(char type, boolean password) {
    private static final String TYPES = "ATNEUL";

    public InputFlags {
        if (TYPES.indexOf(type) < 0) {
            throw new IllegalArgumentException("InputFlags type '" + type + "': expected one of A, T, N, E, U, L");
        }
    }

    public static InputFlags of(char type) {
        return new InputFlags(type, false);
    }

    /** Parses SDK text such as "N" or "AP"; the message says what was expected and what was seen. */
    public static InputFlags parse(String text) {
        String t = text.strip();
        boolean valid = (t.length() == 1 || (t.length() == 2 && t.charAt(1) == 'P')) && TYPES.indexOf(t.charAt(0)) >= 0;
        if (!valid) {
            throw new IllegalArgumentException("InputFlags '" + text
                    + "': expected one of A, T, N, E, U, L, optionally followed by P (e.g. AP)");
        }
        return new InputFlags(t.charAt(0), t.length() == 2);
    }

    @Override
    public String toString() {
        return password ? type + "P" : String.valueOf(type);
    }
}
