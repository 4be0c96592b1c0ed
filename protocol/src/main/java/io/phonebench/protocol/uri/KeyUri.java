package io.phonebench.protocol.uri;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Key:<name>}: acts as if the key were pressed. Names are those of the SDK key tables
 * (docs/xml-object-reference.md §4.1); whether a given model has the key is the reference model's business, not the
 * syntax's.
 */
public record KeyUri(String key) implements InternalUri {
    private static final Set<String> FIXED = Set.of("Applications", "AppMenu", "Contacts", "Directories", "Headset",
            "Hold", "Info", "KEMPage", "KeyPadPound", "KeyPadStar", "Messages", "Mute", "NavBack", "NavDwn",
            "NavLeft", "NavRight", "NavSelect", "NavUp", "NavOffhook", "Offhook", "NavOnhook", "Onhook", "PTT",
            "Release", "Services", "Settings", "Speaker", "VolUp", "VolDwn", "VolDown", "Transfer", "Conference",
            // 8875 only
            "Key_Asterisk", "Key_Period", "Key_NumberSign");
    private static final Pattern NUMBERED = Pattern.compile(
            "(Feature|FixedFeature|KeyPad|Line|Session|Soft|Key_)(0|[1-9][0-9]{0,2})");

    public KeyUri {
        if (!isKnown(key)) {
            throw new UriSyntaxException("Key:" + key, "expected a key name from the SDK key tables (e.g. Soft1,"
                    + " KeyPad0-KeyPad9, Line1-Line120, NavSelect, Services) but found '" + key + "'");
        }
    }

    static KeyUri fromArguments(String uri, String rest) {
        return new KeyUri(rest);
    }

    static boolean isKnown(String key) {
        if (key == null) {
            return false;
        }
        if (FIXED.contains(key)) {
            return true;
        }
        Matcher m = NUMBERED.matcher(key);
        if (!m.matches()) {
            return false;
        }
        int n = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "Feature", "Line" -> n >= 1 && n <= 120;
            case "FixedFeature" -> n >= 1 && n <= 3;
            case "KeyPad", "Key_" -> n <= 9;
            case "Session" -> n >= 1 && n <= 6;
            case "Soft" -> n >= 1 && n <= 5;
            default -> false;
        };
    }

    @Override
    public String format() {
        return "Key:" + key;
    }

    @Override
    public String scheme() {
        return "Key";
    }
}
