package io.phonebench.protocol.uri;

import java.util.List;

/** Picks the URI kind by its scheme. Schemes are case-sensitive on the phone, so they are here too. */
final class UriParser {
    private static final List<String> SCHEMES = List.of("Key", "SoftKey", "Init", "Dial", "EditDial", "SendDigits",
            "QueryStringParam", "RTPRx", "RTPTx", "RTPMRx", "RTPMTx", "Play", "Display", "Notify", "App", "Device",
            "http", "https");

    private UriParser() {
    }

    static InternalUri parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new UriSyntaxException(String.valueOf(text), "expected SCHEME:ARGUMENTS but the URI is empty");
        }
        if (!text.equals(text.strip())) {
            throw new UriSyntaxException(text, "expected no leading or trailing white space");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new UriSyntaxException(text, "expected SCHEME:ARGUMENTS with a scheme among " + SCHEMES);
        }
        String scheme = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        return switch (scheme) {
            case "Key" -> KeyUri.fromArguments(text, rest);
            case "SoftKey" -> SoftKeyUri.fromArguments(text, rest);
            case "Init" -> InitUri.fromArguments(text, rest);
            case "Dial" -> DialUri.fromArguments(text, rest);
            case "EditDial" -> EditDialUri.fromArguments(text, rest);
            case "SendDigits" -> SendDigitsUri.fromArguments(text, rest);
            case "QueryStringParam" -> QueryStringParamUri.fromArguments(text, rest);
            case "RTPRx", "RTPTx", "RTPMRx", "RTPMTx" -> RtpUri.fromArguments(text, RtpStream.of(scheme), rest);
            case "Play" -> PlayUri.fromArguments(text, rest);
            case "Display" -> DisplayUri.fromArguments(text, rest);
            case "Notify" -> NotifyUri.fromArguments(text, rest);
            case "App" -> AppUri.fromArguments(text, rest);
            case "Device" -> DeviceUri.fromArguments(text, rest);
            default -> otherScheme(text, scheme);
        };
    }

    private static InternalUri otherScheme(String text, String scheme) {
        if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
            return new HttpUrl(text);
        }
        if (scheme.equals("Vibrate")) {
            throw new UriSyntaxException(text, "Vibrate: exists on wireless models only and its syntax is not"
                    + " documented in the reference; PhoneBench does not guess it");
        }
        for (String known : SCHEMES) {
            if (known.equalsIgnoreCase(scheme)) {
                throw new UriSyntaxException(text, "expected scheme '" + known + ":' (schemes are case-sensitive)"
                        + " but found '" + scheme + ":'");
            }
        }
        throw new UriSyntaxException(text, "unknown scheme '" + scheme + ":', expected one of " + SCHEMES);
    }
}
