package io.phonebench.protocol.uri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code App:action[:priority[:idleTimer[:applicationId]]]}: focus control for an XSI application. Empty fields take
 * the phone's defaults (idle timer 60 s); the application id is mandatory inside an ExecuteItem, which the Execute
 * validation judges.
 */
public record AppUri(Action action, OptionalInt priority, OptionalInt idleTimer, Optional<String> applicationId)
        implements InternalUri {
    public static final int MIN_IDLE_SECONDS = 10;
    public static final int MAX_IDLE_SECONDS = 86400;

    public enum Action { REQUEST_FOCUS("RequestFocus"), RELEASE_FOCUS("ReleaseFocus"), MINIMIZE("Minimize"),
        CLOSE("Close");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public AppUri {
        String uri = "App:" + (action == null ? "" : action.wireName);
        if (action == null) {
            throw new UriSyntaxException(uri, "expected RequestFocus, ReleaseFocus, Minimize or Close");
        }
        if (priority.isPresent() && (priority.getAsInt() < 0 || priority.getAsInt() > 2)) {
            throw new UriSyntaxException(uri, "expected priority 0, 1 or 2 but found " + priority.getAsInt());
        }
        if (idleTimer.isPresent()
                && (idleTimer.getAsInt() < MIN_IDLE_SECONDS || idleTimer.getAsInt() > MAX_IDLE_SECONDS)) {
            throw new UriSyntaxException(uri, "expected an idle timer of " + MIN_IDLE_SECONDS + "-"
                    + MAX_IDLE_SECONDS + " s but found " + idleTimer.getAsInt());
        }
        applicationId.ifPresent(id -> UriArguments.checkApplicationId(uri, id));
    }

    static AppUri fromArguments(String uri, String rest) {
        UriArguments args = UriArguments.split(uri, rest);
        args.requireCount(1, 4, "App:RequestFocus|ReleaseFocus|Minimize|Close[:priority[:idleTimer[:applicationId]]]");
        Action action = Arrays.stream(Action.values()).filter(a -> a.wireName.equals(args.get(0))).findFirst()
                .orElseThrow(() -> args.fail("expected RequestFocus, ReleaseFocus, Minimize or Close but found '"
                        + args.get(0) + "'"));
        OptionalInt priority = args.present(1) ? OptionalInt.of(args.integer(1, "the priority", 0, 2))
                : OptionalInt.empty();
        OptionalInt idle = args.present(2)
                ? OptionalInt.of(args.integer(2, "the idle timer", MIN_IDLE_SECONDS, MAX_IDLE_SECONDS))
                : OptionalInt.empty();
        Optional<String> id = args.present(3) ? Optional.of(args.applicationId(3)) : Optional.empty();
        return new AppUri(action, priority, idle, id);
    }

    @Override
    public String format() {
        List<String> fields = new ArrayList<>(List.of(action.wireName,
                priority.isPresent() ? String.valueOf(priority.getAsInt()) : "",
                idleTimer.isPresent() ? String.valueOf(idleTimer.getAsInt()) : "", applicationId.orElse("")));
        while (fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return "App:" + String.join(":", fields);
    }

    @Override
    public String scheme() {
        return "App";
    }
}
