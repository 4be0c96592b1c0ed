package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.emulator.catalog.PhoneModel;
import java.awt.image.BufferedImage;

/**
 * /CGI/Screenshot returns the whole panel at the model's size, in colour only on colour models, and the idle screen
 * matches the reference model's rendering.
 */
class ScreenshotTest {

    @PhoneTest
    void screenshotHasModelPanelSizeAndColourMode(Phone phone) {
        PhoneModel model = phone.model();

        BufferedImage shot = phone.client().screenshot();

        boolean colourModel = model.display().map(PhoneModel.DisplayArea::colour).orElse(false);
        Evidence evidence = Evidence.png("screenshot (" + phone.name() + ")", shot);
        if (shot.getWidth() != model.screenshotWidth() || shot.getHeight() != model.screenshotHeight()) {
            Judge.require(Verdict.failed("screenshot of " + phone.name() + ": expected " + model.screenshotWidth()
                    + "x" + model.screenshotHeight() + " for " + model.name() + ", saw " + shot.getWidth() + "x"
                    + shot.getHeight(), evidence));
        }
        if (!colourModel && !allGrey(shot)) {
            Judge.require(Verdict.failed("screenshot of " + phone.name() + ": expected only grey pixels on the"
                    + " greyscale " + model.name() + ", saw colour", evidence));
        }
        Judge.require(Verdict.passed(shot.getWidth() + "x" + shot.getHeight() + (colourModel ? " colour" : " grey"),
                evidence));
    }

    @PhoneTest
    void idleScreenMatchesReferenceModel(Phone phone) {
        Judge.require(ScreenExpectation.judge(phone));
    }

    private static boolean allGrey(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r != g || g != b) {
                    return false;
                }
            }
        }
        return true;
    }
}
