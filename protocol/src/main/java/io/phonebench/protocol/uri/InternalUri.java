package io.phonebench.protocol.uri;

/**
 * A URL as it appears in ExecuteItem, MenuItem or SoftKeyItem: one of the phone's internal URIs
 * (docs/xml-object-reference.md §4) or a plain HTTP(S) URL. {@code parse(format())} gives back an equal value;
 * anything unknown
 * or malformed is refused with a {@link UriSyntaxException}, never guessed.
 */
public sealed interface InternalUri permits KeyUri, SoftKeyUri, InitUri, DialUri, EditDialUri, SendDigitsUri,
        QueryStringParamUri, RtpUri, PlayUri, DisplayUri, NotifyUri, AppUri, DeviceUri, HttpUrl {

    /** The URI exactly as a phone expects it. */
    String format();

    /** The scheme as written before the first colon, e.g. {@code Key} or {@code http}. */
    String scheme();

    /** Whether this is a plain HTTP(S) URL: an Execute holds at most one, and URLDown may hold none. */
    default boolean isHttp() {
        return false;
    }

    /**
     * Whether the SDK lets this URI stand in a CiscoIPPhoneExecute. SoftKey: and Notify: are not allowed there
     * (SoftKey: on the 8821 is the one exception, which the caller judges since it knows the model).
     */
    default boolean allowedInExecute() {
        return true;
    }

    static InternalUri parse(String text) {
        return UriParser.parse(text);
    }
}
