package io.phonebench.bench.verdict;

import io.phonebench.protocol.image.Png;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Something a verdict rests on, to be attached to the report: an expected/actual/diff image, an XML object, a
 * request trace, a console tail.
 *
 * @param name      what it is, e.g. "actual screen"
 * @param mediaType e.g. {@code image/png}, {@code text/xml}, {@code text/plain}
 * @param extension file extension without dot, e.g. {@code png}
 * @param content   the bytes (copied in and out: evidence never changes after the fact)
 */
public record Evidence(String name, String mediaType, String extension, byte[] content) {
    public Evidence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extension, "extension");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public static Evidence text(String name, String text) {
        return new Evidence(name, "text/plain", "txt", text.getBytes(StandardCharsets.UTF_8));
    }

    public static Evidence xml(String name, String xml) {
        return new Evidence(name, "text/xml", "xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    /** A PNG of the image, as {@link Png} writes it (fast, a few KiB for a phone screen). */
    public static Evidence png(String name, BufferedImage image) {
        return new Evidence(name, "image/png", "png", Png.encode(image));
    }

    /** Allure's screen-diff attachment: one view with expected, actual and diff, and an overlay to compare them. */
    public static final String SCREEN_DIFF_TYPE = "application/vnd.allure.image.diff";

    /**
     * The three images of a screen comparison as one attachment for Allure's screen-diff viewer: a JSON object of
     * {@code data:} URIs, so the single-file report needs no separate image files.
     */
    public static Evidence screenDiff(String name, BufferedImage expected, BufferedImage actual,
                                      java.util.Optional<BufferedImage> diff) {
        StringBuilder json = new StringBuilder("{\"expected\":\"").append(dataUri(expected))
                .append("\",\"actual\":\"").append(dataUri(actual)).append('"');
        diff.ifPresent(d -> json.append(",\"diff\":\"").append(dataUri(d)).append('"'));
        json.append('}');
        return new Evidence(name + ": expected, actual" + (diff.isPresent() ? ", diff" : ""), SCREEN_DIFF_TYPE,
                "imagediff", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String dataUri(BufferedImage image) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(Png.encode(image));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && name.equals(e.name) && mediaType.equals(e.mediaType)
                && extension.equals(e.extension) && Arrays.equals(content, e.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, mediaType, extension, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Evidence[" + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
