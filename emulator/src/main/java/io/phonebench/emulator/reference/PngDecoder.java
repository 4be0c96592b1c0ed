package io.phonebench.emulator.reference;

import io.phonebench.emulator.reference.display.Picture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a service's PNG. The header is read first so a small file claiming a huge image (a decompression bomb) is
 * refused before any pixel is inflated; nothing touches the disk.
 */
final class PngDecoder {
    /** Larger than any phone's service area, small enough to bound memory (4 MB of pixels). */
    static final int MAX_SIDE = 1024;

    private PngDecoder() {
    }

    /** @throws RefusedPng naming the URL when the bytes are not a PNG or the image is too large */
    static Picture decode(URI url, byte[] png) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no PNG reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w > MAX_SIDE || h > MAX_SIDE) {
                throw new RefusedPng("GET " + url + ": expected a PNG of at most " + MAX_SIDE + "x"
                        + MAX_SIDE + " pixels, saw " + w + "x" + h);
            }
            return Picture.of(reader.read(0));
        } catch (RefusedPng e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RefusedPng("GET " + url + ": expected a PNG image, saw " + png.length
                    + " bytes that do not decode (" + e.getMessage() + ")");
        } finally {
            reader.dispose();
        }
    }

    /** The phone shows nothing for this PNG; the message says why and names the URL. */
    static final class RefusedPng extends RuntimeException {
        RefusedPng(String message) {
            super(message);
        }
    }
}
