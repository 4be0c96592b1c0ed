package io.phonebench.bench.screen;

/**
 * How different two screens may be and still match.
 *
 * @param perChannel    largest difference 0..255 in any of red, green, blue that counts as equal (anti-aliasing,
 *                      JPEG-ish encoders, backlight dithering)
 * @param allowedPixels how many pixels may still differ beyond that
 */
public record Tolerance(int perChannel, int allowedPixels) {
    public static final Tolerance EXACT = new Tolerance(0, 0);

    /**
     * Grey-level noise a real panel's capture may carry between firmware builds of one certified version (dithering,
     * anti-aliasing) against its baseline; a changed glyph or picture differs by far more pixels than this.
     */
    public static final Tolerance BASELINE = new Tolerance(16, 24);

    public Tolerance {
        if (perChannel < 0 || perChannel > 255) {
            throw new IllegalArgumentException("per-channel tolerance must be 0..255, saw " + perChannel);
        }
        if (allowedPixels < 0) {
            throw new IllegalArgumentException("allowed differing pixels must be >= 0, saw " + allowedPixels);
        }
    }
}
