package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import java.awt.image.BufferedImage;

/**
 * /CGI/Screenshot returns the whole panel at the model's size, in colour only on colour models, and the idle screen
 * matches the reference model's rendering.
 */
class ScreenshotTest {

    @PhoneTest
    void screenshotHasModelPanelSizeAndColourMode(Phone phone) {
        BufferedImage shot = phone.control().screenshot();

        Judge.require(ScreenExpectation.geometry(phone, shot));
    }

    @PhoneTest
    void idleScreenMatchesReferenceModel(Phone phone) {
        Judge.require(ScreenExpectation.judge(phone));
    }
}
