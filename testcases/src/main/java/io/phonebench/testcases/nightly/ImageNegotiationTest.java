package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;

/**
 * One image URL, two formats (seed: a 7960 cannot show colour PNG, servers send it greyscale CIP): the service host
 * answers by the x-CiscoIPPhoneDisplay and Accept the phone sent, and the judge looks at what the phone then shows,
 * against its reference model's screen (or the baseline), not at a replay of its headers.
 */
class ImageNegotiationTest {
    private static final Duration WAIT = Duration.ofSeconds(3);

    @PhoneTest
    @Requires(Capability.IMAGES)
    void getsImageFormatOfItsDisplay(Phone phone) {
        String path = "/image/" + phone.name() + "/logo";
        phone.services().mountImage(path, logo());
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    private static BufferedImage logo() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 40, 20);
            g.setColor(new Color(0, 90, 160));
            g.fillRect(4, 4, 32, 12);
        } finally {
            g.dispose();
        }
        return image;
    }
}
