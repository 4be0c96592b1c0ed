package io.phonebench.bench.verdict;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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

    /**
     * A PNG at the fastest deflate level: every screen check of a run encodes at least one, and a phone screen of flat
     * colours is a few KiB at any level (8.5 KiB at this one, 6 KiB at the JDK writer's default, for a 320x212 screen).
     */
    public static Evidence png(String name, BufferedImage image) {
        return new Evidence(name, "image/png", "png", encodePng(name, image));
    }

    private static byte[] encodePng(String name, BufferedImage image) {
        return PngEncoding.encode(image).orElseGet(() -> imageIoPng(name, image));
    }

    /** Images of other layouts (a real phone's decoded PNG, say) through the JDK's writer, at the same level. */
    private static byte[] imageIoPng(String name, BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                // the JDK 17 writer deflates at level 9 - round(9 * quality)
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality((9 - PngEncoding.LEVEL) / 9f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding evidence " + name + " as PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Allure's screen-diff attachment: one view with expected, actual and diff, and an overlay to compare them. */
    public static final String SCREEN_DIFF_TYPE = "application/vnd.allure.image.diff";

    /**
     * The three images of a screen comparison as one attachment for Allure's screen-diff viewer: a JSON object of
     * {@code data:} URIs, so the single-file report needs no separate image files.
     */
    public static Evidence screenDiff(String name, BufferedImage expected, BufferedImage actual,
                                      java.util.Optional<BufferedImage> diff) {
        StringBuilder json = new StringBuilder("{\"expected\":\"").append(dataUri(name, expected))
                .append("\",\"actual\":\"").append(dataUri(name, actual)).append('"');
        diff.ifPresent(d -> json.append(",\"diff\":\"").append(dataUri(name, d)).append('"'));
        json.append('}');
        return new Evidence(name + ": expected, actual" + (diff.isPresent() ? ", diff" : ""), SCREEN_DIFF_TYPE,
                "imagediff", json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String dataUri(String name, BufferedImage image) {
        return "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(encodePng(name, image));
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
