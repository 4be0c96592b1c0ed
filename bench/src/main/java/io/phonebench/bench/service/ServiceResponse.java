package io.phonebench.bench.service;

import io.phonebench.protocol.object.CiscoIPPhoneObject;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the service host answers on one route: status, content and the response headers phones honour (Refresh,
 * Expires, Set-Cookie, the Content-Type charset). Immutable; each {@code with...} returns a new response.
 *
 * @param status          HTTP status
 * @param content         the body
 * @param headers         extra headers in order; a name may repeat (Set-Cookie)
 * @param charset         encoding of text bodies
 * @param declareCharset  whether Content-Type names the charset; phones without one fall back to their locale's
 */
public record ServiceResponse(int status, Content content, List<Header> headers, Charset charset,
        boolean declareCharset) {

    public ServiceResponse {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(charset, "charset");
        headers = List.copyOf(headers);
    }

    /** One response header. */
    public record Header(String name, String value) {
    }

    /** A response body. */
    public sealed interface Content permits Text, Binary, Image {
    }

    /** Text encoded in the response's charset, e.g. {@code text/xml} or {@code text/plain}. */
    public record Text(String mediaType, String text) implements Content {
    }

    /** Bytes sent as they are, e.g. {@code audio/basic}. */
    public record Binary(String mediaType, byte[] bytes) implements Content {
        public Binary {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** An image served as colour PNG or greyscale CIP, whichever the requesting phone can show. */
    public record Image(BufferedImage image) implements Content {
    }

    public static ServiceResponse xml(String xml) {
        return of(new Text("text/xml", xml));
    }

    public static ServiceResponse xml(CiscoIPPhoneObject object) {
        return xml(object.toDocument());
    }

    public static ServiceResponse text(String text) {
        return of(new Text("text/plain", text));
    }

    public static ServiceResponse image(BufferedImage image) {
        return of(new Image(image));
    }

    /** Raw audio in the custom-ring format (at most 5 s, the phone's limit). */
    public static ServiceResponse audio(byte[] audio) {
        return of(new Binary("audio/basic", audio));
    }

    private static ServiceResponse of(Content content) {
        return new ServiceResponse(200, content, List.of(), StandardCharsets.UTF_8, true);
    }

    public ServiceResponse withStatus(int newStatus) {
        return new ServiceResponse(newStatus, content, headers, charset, declareCharset);
    }

    public ServiceResponse withHeader(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new ServiceResponse(status, content, more, charset, declareCharset);
    }

    /** {@code Refresh: N; url=URL}: after N seconds the phone fetches URL. */
    public ServiceResponse withRefresh(int seconds, String url) {
        return withHeader("Refresh", seconds + "; url=" + url);
    }

    /** {@code Refresh: N}: after N seconds the phone reloads the current URL. */
    public ServiceResponse withRefresh(int seconds) {
        return withHeader("Refresh", Integer.toString(seconds));
    }

    /** {@code Expires} as an HTTP date (GMT); a page already expired when loaded stays out of the URL history. */
    public ServiceResponse withExpires(Instant expires) {
        return withHeader("Expires", DateTimeFormatter.RFC_1123_DATE_TIME.format(expires.atOffset(ZoneOffset.UTC)));
    }

    /** One {@code Set-Cookie} header, e.g. {@code session=abc; Path=/}. */
    public ServiceResponse withCookie(String setCookie) {
        return withHeader("Set-Cookie", setCookie);
    }

    /** Encodes text in {@code newCharset} and names it in Content-Type. */
    public ServiceResponse withCharset(Charset newCharset) {
        return new ServiceResponse(status, content, headers, newCharset, true);
    }

    /** Encodes text in {@code encoding} but leaves the charset out of Content-Type. */
    public ServiceResponse withUndeclaredCharset(Charset encoding) {
        return new ServiceResponse(status, content, headers, encoding, false);
    }
}
