package io.phonebench.protocol.header;

/** A request header value that does not follow the phone's format: names the header, the value and what was expected. */
public final class HeaderSyntaxException extends IllegalArgumentException {
    private final String header;

    public HeaderSyntaxException(String header, String value, String expectation) {
        super("malformed " + header + " header '" + value + "': " + expectation);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
