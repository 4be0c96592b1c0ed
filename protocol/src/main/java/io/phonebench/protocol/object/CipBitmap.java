package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlWriter;

/**
 * The greyscale CIP bitmap carried by CiscoIPPhoneImage, GraphicMenu, IconMenu (IconItem) and Status as the
 * {@code Width}, {@code Height}, {@code Depth} and {@code Data} children (docs/xml-object-reference.md §2.5). {@code
 * Data} is
 * hex, {@code depth} bits per pixel scanning left to right, the first pixel of each byte in its least significant bits
 * (pixels 1,3,2,0 pack to {@code 2D}), the tail padded with 0-pixels to a whole byte. Pixel values are grey levels:
 * 0 white ... 3 black at depth 2.
 */
public record CipBitmap(int width, int height, int depth, String data) {

    /** Packs pixel values (row by row, each 0 .. 2^depth-1) into a bitmap. */
    public static CipBitmap pack(int width, int height, int depth, int[] pixels) {
        if (depth != 1 && depth != 2) {
            throw new IllegalArgumentException("CIP depth must be 1 or 2, saw " + depth);
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels for " + width + "x" + height
                    + ", saw " + pixels.length);
        }
        int perByte = 8 / depth;
        byte[] bytes = new byte[expectedBytes(width, height, depth)];
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            if (p < 0 || p >= 1 << depth) {
                throw new IllegalArgumentException("pixel " + i + " is " + p + ": expected 0.." + ((1 << depth) - 1));
            }
            bytes[i / perByte] |= (byte) (p << (depth * (i % perByte)));
        }
        StringBuilder hex = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            hex.append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
        return new CipBitmap(width, height, depth, hex.toString());
    }

    /** Bytes the SDK packing needs for this geometry; {@code Data} holds twice as many hex digits. */
    public static int expectedBytes(int width, int height, int depth) {
        long bits = (long) width * height * depth;
        return (int) Math.min(Integer.MAX_VALUE, (bits + 7) / 8);
    }

    public int expectedHexDigits() {
        return expectedBytes(width, height, depth) * 2;
    }

    /** Whether {@code data} is hex of exactly the length the geometry needs; the phone draws nothing otherwise. */
    public boolean dataMatchesGeometry() {
        return width > 0 && height > 0 && (depth == 1 || depth == 2)
                && data.length() == expectedHexDigits() && data.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** The pixel values, row by row; only meaningful when {@link #dataMatchesGeometry()}. */
    public int[] pixels() {
        if (!dataMatchesGeometry()) {
            throw new IllegalStateException(width + "x" + height + "x" + depth + " needs " + expectedHexDigits()
                    + " hex digits of Data, saw " + data.length());
        }
        int perByte = 8 / depth;
        int mask = (1 << depth) - 1;
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int b = Integer.parseInt(data, 2 * (i / perByte), 2 * (i / perByte) + 2, 16);
            pixels[i] = (b >> (depth * (i % perByte))) & mask;
        }
        return pixels;
    }

    static CipBitmap read(ElementReader r) {
        return new CipBitmap(r.requiredInt("Width"), r.requiredInt("Height"), r.requiredInt("Depth"),
                r.requiredText("Data").strip());
    }

    void write(XmlWriter w) {
        w.element("Width", width).element("Height", height).element("Depth", depth).element("Data", data);
    }
}
