package io.phonebench.emulator.virtual;

import java.nio.charset.StandardCharsets;

/**
 * What the phone answers to one request, before any fault bends it. {@code release} runs once the answer has left: a
 * body lent from a pool goes back then.
 */
record Reply(int status, String contentType, byte[] body, Runnable release) {
    private static final Runnable NOTHING = () -> { };
    /** The authentication error exactly as phones send it and as some clients compare it (docs/xml-object-reference.md §3.3). */
    static final String AUTHENTICATION_ERROR = "<CiscoIPPhoneError Number=\"4\" />";
    /** Phones send XML answers as {@code text/xml; charset="utf-8"} (7940 capture, docs/xml-object-reference.md §3.3). */
    static final String XML = "text/xml; charset=\"utf-8\"";
    /** The legal variation text-xml-without-charset: the same UTF-8 body, the type without its charset. */
    static final String XML_WITHOUT_CHARSET = "text/xml";

    Reply(int status, String contentType, byte[] body) {
        this(status, contentType, body, NOTHING);
    }

    /** Whether a body lent from a pool waits to be handed back. */
    boolean lent() {
        return release != NOTHING;
    }

    static Reply xml(String body) {
        return new Reply(200, XML, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply html(String body) {
        return new Reply(200, "text/html; charset=\"utf-8\"", body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply error(int number) {
        return xml("<CiscoIPPhoneError Number=\"" + number + "\" />");
    }

    static Reply authenticationError() {
        return xml(AUTHENTICATION_ERROR);
    }

    /** Phones answer unknown pages with a bare 404. */
    static Reply notFound() {
        return new Reply(404, "text/html", "<HTML><BODY>404 Not Found</BODY></HTML>".getBytes(StandardCharsets.US_ASCII));
    }

    static Reply methodNotAllowed() {
        return new Reply(405, "text/html", "<HTML><BODY>405 Method Not Allowed</BODY></HTML>"
                .getBytes(StandardCharsets.US_ASCII));
    }
}
