package io.phonebench.bench.verdict;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.ImageIO;

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

    public static Evidence png(String name, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalArgumentException("no PNG writer for image type " + image.getType() + " (" + name
                        + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding evidence " + name + " as PNG", e);
        }
        return new Evidence(name, "image/png", "png", out.toByteArray());
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
