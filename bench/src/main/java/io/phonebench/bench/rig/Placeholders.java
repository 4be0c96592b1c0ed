package io.phonebench.bench.rig;

import io.phonebench.emulator.process.ChildEnvironment;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code ${VAR}} and {@code ${VAR:-default}} in rig values, so secrets and per-lab addresses stay out of the file.
 * {@code $$} writes a literal dollar sign.
 */
final class Placeholders {
    private final Function<String, String> environment;

    Placeholders(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Exactly one placeholder and nothing around it: the only form a secret may take. */
    private static final Pattern WHOLE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:-[^}]*)?}");

    static boolean present(String text) {
        return text.contains("${");
    }

    static boolean isWhole(String text) {
        return WHOLE.matcher(text).matches();
    }

    /**
     * @param where FILE:LINE prefix for errors
     * @throws RigConfigurationException when a variable without default is unset, or a placeholder is malformed
     */
    String resolve(String text, String where) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    throw new RigConfigurationException(where + ": unclosed placeholder in '" + text
                            + "': expected ${VAR} or ${VAR:-default}");
                }
                out.append(value(text.substring(i + 2, close), where));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String value(String inside, String where) {
        int sep = inside.indexOf(":-");
        String name = sep < 0 ? inside : inside.substring(0, sep);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new RigConfigurationException(where + ": '${" + inside
                    + "}' is not a placeholder: expected ${VAR} or ${VAR:-default}, VAR of letters, digits and _");
        }
        ChildEnvironment.readByBench(name);   // whatever it holds, no child process gets it
        String set = environment.apply(name);
        if (set != null && !set.isEmpty()) {
            return set;
        }
        if (sep >= 0) {
            return inside.substring(sep + 2);
        }
        throw new RigConfigurationException(where + ": environment variable " + name
                + " is not set and has no default: export " + name + "=... or write ${" + name + ":-default}");
    }
}
