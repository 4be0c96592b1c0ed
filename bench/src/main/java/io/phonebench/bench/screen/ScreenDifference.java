package io.phonebench.bench.screen;

import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The outcome of comparing an actual screen with its expected one.
 *
 * @param matches         whether the screens are equal within tolerance and masks
 * @param summary         one line, saying what was expected and what was seen
 * @param differingPixels pixels outside masks that differ beyond the per-channel tolerance
 * @param boundingBox     smallest region holding all differing pixels, when there are any
 * @param expected        the expected screen
 * @param actual          the actual screen
 * @param diff            differences in red over a faded actual, masks tinted blue; empty when sizes differ
 */
public record ScreenDifference(boolean matches, String summary, int differingPixels, Optional<Region> boundingBox,
        BufferedImage expected, BufferedImage actual, Optional<BufferedImage> diff) {

    /**
     * FAILED with the expected, actual and diff images as one screen-diff attachment; PASSED with the actual screen
     * alone (it matches the expected one: three PNGs per passing check cost more than the comparison itself).
     */
    public Verdict verdict(String screenName) {
        String line = screenName + ": " + summary;
        return matches ? Verdict.passed(line, Evidence.png(screenName + ": actual, as expected", actual))
                : Verdict.failed(line, Evidence.screenDiff(screenName, expected, actual, diff));
    }
}
