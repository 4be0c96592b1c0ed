package io.phonebench.bench.rig;

import java.util.regex.Pattern;

/**
 * The names a rig gives itself, its phones and its switches. They become parts of file names (baselines, leases,
 * results) and of report labels, so they are one path component made of a safe set of characters: letters, digits,
 * {@code -}, {@code _} and {@code .}, not starting with a dot, at most {@value #MAX_LENGTH} characters.
 */
final class SafeName {
    static final int MAX_LENGTH = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private SafeName() {
    }

    /** Why {@code name} is not a safe name, or null when it is one. */
    static String problem(String name) {
        if (name.length() > MAX_LENGTH) {
            return "expected a name of at most " + MAX_LENGTH + " characters, found one of " + name.length();
        }
        if (!SAFE.matcher(name).matches() || name.contains("..")) {
            return "expected a name of letters, digits, '-', '_' and '.' (not first, no '..'), found '"
                    + printable(name) + "'";
        }
        return null;
    }

    /** Control characters shown as \\uXXXX, so a message never carries a terminal escape from the file. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
