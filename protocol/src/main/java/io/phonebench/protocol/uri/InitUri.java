package io.phonebench.protocol.uri;

import java.util.Arrays;

/** {@code Init:<target>}: clears call history, closes an application, or (AppStatus) clears a Status object. */
public record InitUri(Target target) implements InternalUri {

    public InitUri {
        if (target == null) {
            throw new UriSyntaxException("Init:", "expected an Init target");
        }
    }

    public enum Target {
        CALL_HISTORY("CallHistory"), SERVICES("Services"), MESSAGES("Messages"), DIRECTORIES("Directories"),
        APP_STATUS("AppStatus"),
        /** Seen in 79xx field scripts (docs/xml-object-reference.md §4.1), not in the DN911 table. */
        SETTINGS("Settings"),
        /** Seen in 7905 field scripts (docs/xml-object-reference.md §4.1), not in the DN911 table. */
        APPLICATIONS("Applications");

        private final String wireName;

        Target(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    static InitUri fromArguments(String uri, String rest) {
        return new InitUri(Arrays.stream(Target.values()).filter(t -> t.wireName.equals(rest)).findFirst()
                .orElseThrow(() -> new UriSyntaxException(uri, "expected one of "
                        + Arrays.stream(Target.values()).map(Target::wireName).toList() + " but found '" + rest
                        + "'")));
    }

    @Override
    public String format() {
        return "Init:" + target.wireName;
    }

    @Override
    public String scheme() {
        return "Init";
    }
}
