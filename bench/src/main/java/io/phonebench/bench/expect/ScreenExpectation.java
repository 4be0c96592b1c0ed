package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.screen.Mask;
import io.phonebench.bench.screen.ScreenComparison;
import io.phonebench.bench.screen.Tolerance;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.BenchInfrastructureException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The phone's screenshot against its reference model's rendering: size and colour mode always, pixels with a
 * tolerance and masked regions (a clock, a call timer). Virtual phones are judged against the emulator's rendering.
 */
public final class ScreenExpectation {
    private ScreenExpectation() {
    }

    public static Verdict judge(Phone phone, List<Mask> masks, Tolerance tolerance) {
        BufferedImage actual = phone.client().screenshot();
        BufferedImage expected = decode(phone.expected().screenshot(), phone);
        return ScreenComparison.compare(expected, actual, masks, tolerance).verdict("screen of " + phone.name());
    }

    public static Verdict judge(Phone phone) {
        return judge(phone, List.of(), Tolerance.EXACT);
    }

    private static BufferedImage decode(byte[] image, Phone phone) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new BenchInfrastructureException("reference screenshot of " + phone.model().name()
                        + " is in no format ImageIO reads");
            }
            return decoded;
        } catch (IOException e) {
            throw new BenchInfrastructureException("reference screenshot of " + phone.model().name() + ": " + e, e);
        }
    }
}
