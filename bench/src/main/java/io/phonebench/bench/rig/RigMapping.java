package io.phonebench.bench.rig;

import io.phonebench.emulator.catalog.NearestName;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, checked access to one mapping of a rig file. Every error names the file, the line and the key path, says
 * what was expected and what was found.
 */
final class RigMapping {
    /**
     * The only keys whose values may come from the environment: the secrets, and the two values a lab sets per
     * machine. Names never do: they become file names and labels, and a placeholder there once printed a password.
     */
    static final String PLACEHOLDER_KEYS = "credentials.user, credentials.password, serviceHost.bind and a"
            + " switch's community";

    private final YamlNode.Mapping node;
    private final String path;
    private final String fileName;
    private final Placeholders placeholders;

    RigMapping(YamlNode.Mapping node, String path, String fileName, Placeholders placeholders) {
        this.node = node;
        this.path = path;
        this.fileName = fileName;
        this.placeholders = placeholders;
    }

    static RigMapping of(YamlNode node, String path, String fileName, Placeholders placeholders) {
        if (node instanceof YamlNode.Mapping m) {
            return new RigMapping(m, path, fileName, placeholders);
        }
        throw new RigConfigurationException(fileName + ":" + node.line() + ": " + display(path)
                + "expected a mapping of keys, found " + node.describe());
    }

    int line() {
        return node.line();
    }

    String path() {
        return path;
    }

    /** Refuses any key not in {@code known}, suggesting the nearest known one. */
    void allowOnly(Collection<String> known) {
        for (YamlNode.Entry e : node.entries().values()) {
            if (!known.contains(e.key())) {
                throw new RigConfigurationException(fileName + ":" + e.line() + ": " + display(path) + "unknown key '"
                        + e.key() + "'" + suggestion(e.key(), known));
            }
        }
    }

    boolean has(String key) {
        return node.entries().containsKey(key);
    }

    int lineOf(String key) {
        YamlNode.Entry e = node.entries().get(key);
        return e == null ? node.line() : e.line();
    }

    RigConfigurationException error(String key, String message) {
        return new RigConfigurationException(fileName + ":" + lineOf(key) + ": " + keyPath(key) + ": " + message);
    }

    /** An error about an item inside {@code key} (a list element) on its own line. */
    RigConfigurationException errorAt(int line, String key, String message) {
        return new RigConfigurationException(fileName + ":" + line + ": " + keyPath(key) + ": " + message);
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    /** Text written literally in the file; a {@code ${...}} placeholder is refused (see {@link #PLACEHOLDER_KEYS}). */
    Optional<String> optionalString(String key) {
        return text(key, false);
    }

    /**
     * Text that may come from the environment through a placeholder. Messages about such a value quote it as
     * written ({@link #asWritten}), never resolved: the variable may hold anything, a password included.
     */
    Optional<String> optionalResolved(String key) {
        return text(key, true);
    }

    private Optional<String> text(String key, boolean placeholdersAllowed) {
        YamlNode value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
            if (!placeholdersAllowed && Placeholders.present(s.text())) {
                throw error(key, "found '" + SafeName.printable(s.text()) + "', but ${...} placeholders are"
                        + " allowed only in " + PLACEHOLDER_KEYS + ": write the value itself");
            }
            String text = placeholdersAllowed ? placeholders.resolve(s.text(), fileName + ":" + s.line()) : s.text();
            if (text.isBlank()) {
                throw error(key, "expected a value, found an empty one");
            }
            return Optional.of(text);
        }
        throw error(key, "expected text, found " + value.describe());
    }

    /** A name that becomes part of file names and report labels: see {@link SafeName}. */
    String requiredName(String key) {
        String name = requiredString(key);
        String problem = SafeName.problem(name);
        if (problem != null) {
            throw error(key, problem);
        }
        return name;
    }

    /** An IPv4 address written literally, e.g. a phone's address. */
    String requiredIpv4(String key, String example) {
        String address = requiredString(key);
        requireIpv4(key, address, example);
        return address;
    }

    /** Checks a value read by {@link #optionalResolved}; the message quotes it as written in the file. */
    void requireIpv4(String key, String address, String example) {
        if (!Ipv4Literal.matches(address)) {
            String written = asWritten(key);
            String found = Placeholders.present(written)
                    ? "'" + written + "', whose value is not one" : "'" + SafeName.printable(address) + "'"
                    + Ipv4Literal.hint(address);
            throw error(key, "expected an IPv4 address such as " + example + ", found " + found);
        }
    }

    /** The value of {@code key} as the file spells it (placeholders unresolved), for messages. */
    String asWritten(String key) {
        YamlNode value = value(key);
        return value instanceof YamlNode.Scalar s ? SafeName.printable(s.text()) : "";
    }

    /**
     * A value that must come from the environment: exactly one {@code ${VAR}} or {@code ${VAR:-default}}, nothing
     * around it. A number, a word, or a literal mixed with a placeholder ({@code hunter2${X:-}}) would put the
     * secret (or part of it) into the file itself.
     */
    Optional<String> optionalSecret(String key) {
        YamlNode value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (!(value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT
                && Placeholders.isWhole(s.text()))) {
            throw error(key, "secrets are never literal in a rig file: write \"${SOME_VARIABLE}\" or "
                    + "\"${SOME_VARIABLE:-default}\" (nothing around it) and set the variable in the environment");
        }
        return optionalResolved(key);
    }

    int requiredInt(String key) {
        if (!has(key) || isNull(value(key))) {
            throw missing(key);
        }
        return intOr(key, 0);
    }

    int intOr(String key, int fallback) {
        YamlNode value = value(key);
        if (value == null || isNull(value)) {
            return fallback;
        }
        if (value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.WHOLE_NUMBER
                && s.text().matches("[+-]?\\d{1,9}")) {
            return Integer.parseInt(s.text());
        }
        if (value instanceof YamlNode.Scalar s && Placeholders.present(s.text())) {
            throw error(key, "found '" + SafeName.printable(s.text()) + "', but ${...} placeholders are allowed"
                    + " only in " + PLACEHOLDER_KEYS + ": write the number itself");
        }
        throw error(key, "expected a whole number, found " + value.describe());
    }

    boolean booleanOr(String key, boolean fallback) {
        YamlNode value = value(key);
        if (value == null || isNull(value)) {
            return fallback;
        }
        if (value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw error(key, "expected true or false, found " + value.describe());
    }

    /** One of a fixed set of words, e.g. {@code safeState: on|off}. */
    Optional<String> optionalChoice(String key, List<String> choices) {
        YamlNode value = value(key);
        if (value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            // YAML 1.1 reads a bare on/off as a boolean; the user meant the word.
            String word = Boolean.parseBoolean(s.text()) ? "on" : "off";
            if (!choices.contains(word)) {
                throw error(key, "expected one of " + String.join(", ", choices) + ", found " + s.text());
            }
            return Optional.of(word);
        }
        Optional<String> word = optionalString(key);
        word.filter(w -> !choices.contains(w)).ifPresent(w -> {
            throw error(key, "expected one of " + String.join(", ", choices) + ", found '" + w + "'"
                    + suggestion(w, choices));
        });
        return word;
    }

    RigMapping requiredMapping(String key) {
        return optionalMapping(key).orElseThrow(() -> missing(key));
    }

    Optional<RigMapping> optionalMapping(String key) {
        YamlNode value = value(key);
        if (value == null || isNull(value)) {
            return Optional.empty();
        }
        if (value instanceof YamlNode.Mapping m) {
            return Optional.of(new RigMapping(m, keyPath(key), fileName, placeholders));
        }
        throw error(key, "expected a mapping of keys, found " + value.describe());
    }

    List<YamlNode> sequence(String key) {
        YamlNode value = value(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw error(key, "expected a list, found " + value.describe());
    }

    Collection<YamlNode.Entry> entries() {
        return node.entries().values();
    }

    private YamlNode value(String key) {
        YamlNode.Entry e = node.entries().get(key);
        return e == null ? null : e.value();
    }

    private RigConfigurationException missing(String key) {
        return new RigConfigurationException(fileName + ":" + node.line() + ": " + display(path) + "missing key '"
                + key + "'");
    }

    private static boolean isNull(YamlNode value) {
        return value instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
    }

    private static String display(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    /** "(did you mean 'channels'?)" for a near miss, else the list of what is allowed. */
    static String suggestion(String found, Collection<String> known) {
        return NearestName.of(found, known).map(n -> ": did you mean '" + n + "'?")
                .orElseGet(() -> ": expected one of " + String.join(", ", Set.copyOf(known).stream().sorted()
                        .toList()));
    }
}
