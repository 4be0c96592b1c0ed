package io.phonebench.bench.screen;

/**
 * An area the comparison ignores because it legitimately changes between runs, like openQA's needle exclusions.
 *
 * @param area   the ignored pixels; parts outside the screen are clipped
 * @param reason why, for the report: "clock", "call timer"
 */
public record Mask(Region area, String reason) {
    public static Mask of(int x, int y, int width, int height, String reason) {
        return new Mask(new Region(x, y, width, height), reason);
    }
}
