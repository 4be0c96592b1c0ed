package io.phonebench.protocol.uri;

import java.util.Arrays;
import java.util.OptionalInt;

/** {@code Display:On|Off|Default[:minutes]}: the backlight, for 0-1440 minutes (0 = indefinitely). */
public record DisplayUri(Mode mode, OptionalInt minutes) implements InternalUri {
    public static final int MAX_MINUTES = 1440;

    public enum Mode { ON("On"), OFF("Off"), DEFAULT("Default");

        private final String wireName;

        Mode(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public DisplayUri {
        if (mode == null) {
            throw new UriSyntaxException("Display:", "expected On, Off or Default");
        }
        minutes.ifPresent(m -> {
            if (m < 0 || m > MAX_MINUTES) {
                throw new UriSyntaxException("Display:" + mode.wireName + ":" + m,
                        "expected minutes in 0-" + MAX_MINUTES + " but found " + m);
            }
        });
    }

    static DisplayUri fromArguments(String uri, String rest) {
        UriArguments args = UriArguments.split(uri, rest);
        args.requireCount(1, 2, "Display:On|Off|Default[:minutes]");
        Mode mode = Arrays.stream(Mode.values()).filter(m -> m.wireName.equals(args.get(0))).findFirst()
                .orElseThrow(() -> args.fail("expected On, Off or Default but found '" + args.get(0) + "'"));
        OptionalInt minutes = args.count() == 2
                ? OptionalInt.of(args.integer(1, "minutes", 0, MAX_MINUTES)) : OptionalInt.empty();
        return new DisplayUri(mode, minutes);
    }

    @Override
    public String format() {
        return "Display:" + mode.wireName + (minutes.isPresent() ? ":" + minutes.getAsInt() : "");
    }

    @Override
    public String scheme() {
        return "Display";
    }
}
