package io.phonebench.bench.screen;

/** A rectangle of screen pixels: top-left corner and size. */
public record Region(int x, int y, int width, int height) {
    public Region {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("region size must not be negative, saw " + width + "x" + height);
        }
    }

    @Override
    public String toString() {
        return "(" + x + "," + y + " " + width + "x" + height + ")";
    }
}
