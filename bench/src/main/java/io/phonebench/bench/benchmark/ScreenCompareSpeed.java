package io.phonebench.bench.benchmark;

import io.phonebench.bench.screen.Mask;
import io.phonebench.bench.screen.ScreenComparison;
import io.phonebench.bench.screen.ScreenDifference;
import io.phonebench.bench.screen.Tolerance;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * {@code screen_compare_ms_800x480}: median time of a masked, tolerant {@link ScreenComparison} of two 800x480
 * screens (the largest panels of the catalogue) as the bench really holds them: BMP screenshots decoded by ImageIO,
 * which are 3-byte BGR (on a virtual rig the expected screen is the reference model's screenshot, decoded the same
 * way; a baseline is a decoded PNG). {@code screen_compare_ratio} is that over a plain loop doing the same judgement
 * on two int[] pixel arrays and a boolean[] mask read out beforehand (the conversion is not timed for it). Timed in
 * {@link ThreadClock} CPU time, alternating the two.
 */
final class ScreenCompareSpeed {
    static final int WIDTH = 800;
    static final int HEIGHT = 480;
    private static final List<Mask> MASKS = List.of(Mask.of(680, 0, 120, 30, "clock"),
            Mask.of(0, 440, 200, 40, "call timer"));
    private static final Tolerance TOLERANCE = new Tolerance(8, 50);

    private final int warmup;
    private final int samples;

    ScreenCompareSpeed(BenchmarkPlan.Samples plan) {
        this(plan.warmup(), plan.samples());
    }

    ScreenCompareSpeed(int warmup, int samples) {
        if (warmup < 0 || samples < 2) {
            throw new IllegalArgumentException("screen compare: expected warmup >= 0 and samples >= 2, saw " + warmup
                    + ", " + samples);
        }
        this.warmup = warmup;
        this.samples = samples;
    }

    List<Figure> measure() {
        BufferedImage expected = asDecodedScreenshot(screen(false));
        BufferedImage actual = asDecodedScreenshot(screen(true));
        int[] want = expected.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        int[] got = actual.getRGB(0, 0, WIDTH, HEIGHT, null, 0, WIDTH);
        boolean[] masked = new boolean[WIDTH * HEIGHT];
        for (int y = 0, i = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++, i++) {
                masked[i] = masked(x, y);
            }
        }
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += ScreenComparison.compare(expected, actual, MASKS, TOLERANCE).differingPixels();
            sink += plainCompare(want, got, masked);
        }
        long[] library = new long[samples];
        long[] plain = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = ThreadClock.nanos();
            ScreenDifference d = ScreenComparison.compare(expected, actual, MASKS, TOLERANCE);
            library[i] = ThreadClock.nanos() - start;
            start = ThreadClock.nanos();
            int p = plainCompare(want, got, masked);
            plain[i] = ThreadClock.nanos() - start;
            sink += d.differingPixels() + p;
        }
        if (sink < 0) {
            throw new IllegalStateException("screen compare: impossible negative pixel count " + sink);
        }
        Timings lib = Timings.of(library);
        return List.of(new Figure("screen_compare_ms_800x480", lib.medianMillis()),
                new Figure("screen_compare_ratio", lib.medianNanos() / Timings.of(plain).medianNanos()));
    }

    /** The screenshot as the bench gets it from a phone: BMP bytes, decoded (to 3-byte BGR). */
    static BufferedImage asDecodedScreenshot(BufferedImage screen) {
        try {
            ByteArrayOutputStream bmp = new ByteArrayOutputStream();
            ImageIO.write(screen, "bmp", bmp);
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bmp.toByteArray()));
            if (decoded == null) {
                throw new IllegalStateException("screen compare: ImageIO could not read back its own BMP");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException("screen compare: BMP round trip in memory failed", e);
        }
    }

    /**
     * The baseline: pixels and mask already in arrays (read out before timing); equal pixels skipped at once, the
     * others judged by per-channel tolerance, counting differing pixels.
     */
    static int plainCompare(int[] expected, int[] actual, boolean[] masked) {
        int t = TOLERANCE.perChannel();
        int count = 0;
        for (int i = 0; i < expected.length; i++) {
            int p = expected[i];
            int q = actual[i];
            if (p != q && !masked[i] && (Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) > t
                    || Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) > t
                    || Math.abs((p & 0xFF) - (q & 0xFF)) > t)) {
                count++;
            }
        }
        return count;
    }

    private static boolean masked(int x, int y) {
        for (Mask m : MASKS) {
            var r = m.area();
            if (x >= r.x() && x < r.x() + r.width() && y >= r.y() && y < r.y() + r.height()) {
                return true;
            }
        }
        return false;
    }

    /** A phone-like screen: title bar, clock, menu lines, softkeys; the actual one has another time and some noise. */
    static BufferedImage screen(boolean actual) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xE8EEF4));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x1F4E79));
            g.fillRect(0, 0, WIDTH, 30);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("Services", 10, 22);
            g.drawString(actual ? "10:42" : "09:15", 700, 22);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            for (int line = 0; line < 10; line++) {
                g.drawString((line + 1) + "  Directory entry number " + (line + 1), 20, 60 + line * 36);
            }
            g.setColor(new Color(0x3A3A3A));
            g.fillRect(200, 440, 600, 40);
            g.drawString(actual ? "00:12" : "00:03", 20, 465);
        } finally {
            g.dispose();
        }
        if (actual) {
            for (int y = 100; y < 120; y++) {
                for (int x = 300; x < 340; x++) {
                    image.setRGB(x, y, image.getRGB(x, y) ^ 0x000003);   // within tolerance: dithering
                }
            }
            image.setRGB(400, 300, 0xFF0000);   // a few real differences
            image.setRGB(401, 300, 0xFF0000);
        }
        return image;
    }
}
