package io.phonebench.drivers.phone;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One HTTP answer of a phone, fully read (and bounded in size).
 *
 * @param request     e.g. {@code POST /CGI/Execute}, for messages
 * @param mimeType    Content-Type without parameters, lower case; empty when the phone sent none
 * @param charset     the Content-Type's charset parameter, if any
 */
public record PhoneReply(String request, int status, String reason, String mimeType, Optional<String> charset,
        byte[] body) {

    public boolean ok() {
        return status == 200;
    }

    public boolean isXml() {
        return mimeType.equals("text/xml") || mimeType.equals("application/xml");
    }

    /** Start of the body as text, control characters replaced, for messages ("what was seen"). */
    public String excerpt() {
        int n = Math.min(body.length, 160);
        String text = new String(body, 0, n, StandardCharsets.ISO_8859_1).replaceAll("[\\p{Cntrl}&&[^\n]]", "?")
                .replace('\n', ' ');
        return body.length > n ? text + "... (" + body.length + " bytes)" : text;
    }

    /** {@code HTTP 503 Service Unavailable}, for messages. */
    public String statusLine() {
        return "HTTP " + status + (reason == null || reason.isEmpty() ? "" : " " + reason);
    }
}
