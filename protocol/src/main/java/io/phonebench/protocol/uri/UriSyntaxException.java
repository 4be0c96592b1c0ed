package io.phonebench.protocol.uri;

/** A URI a phone would reject as "Invalid URI": names the URI and what was expected instead. */
public final class UriSyntaxException extends IllegalArgumentException {
    private final String uri;

    public UriSyntaxException(String uri, String expectation) {
        super("invalid URI '" + uri + "': " + expectation);
        this.uri = uri;
    }

    /** The offending URI text as given. */
    public String uri() {
        return uri;
    }
}
