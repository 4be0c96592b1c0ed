package io.phonebench.bench.expect;

import io.phonebench.bench.phone.ModelSheet;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.screen.BaselineStore;
import io.phonebench.bench.screen.Mask;
import io.phonebench.bench.screen.ScreenComparison;
import io.phonebench.bench.screen.ScreenMode;
import io.phonebench.bench.screen.ScreenNames;
import io.phonebench.bench.screen.Tolerance;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.emulator.catalog.PhoneModel;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The phone's screenshot against what it should show: size and colour mode against the model always; pixels, with a
 * tolerance and masked regions (a clock, a call timer), against the emulator's rendering for virtual phones and
 * against baselines recorded from a certified firmware for real ones.
 */
public final class ScreenExpectation {
    private ScreenExpectation() {
    }

    /** {@link Tolerance#BASELINE}: a real panel's capture noise against its baseline. */
    public static final Tolerance BASELINE_TOLERANCE = Tolerance.BASELINE;

    /**
     * Virtual phones: exact against the emulator's rendering (it draws no clock). Real phones: against the baseline
     * with {@link #BASELINE_TOLERANCE} and the phone's header masked ({@link #chromeMasks}), so a baseline recorded
     * at 09:41 still matches at 23:05.
     */
    public static Verdict judge(Phone phone) {
        if (phone.spec().emulated()) {
            return judge(phone, List.of(), Tolerance.EXACT);
        }
        return judge(phone, chromeMasks(phone.model()), BASELINE_TOLERANCE);
    }

    /** The panel's header band, masked on real phones: {@link ModelSheet#headerMasks(PhoneModel)}. */
    public static List<Mask> chromeMasks(PhoneModel model) {
        return ModelSheet.headerMasks(model);
    }

    public static Verdict judge(Phone phone, List<Mask> masks, Tolerance tolerance) {
        BufferedImage actual = phone.client().screenshot();
        Optional<Verdict> wrongGeometry = geometryFault(phone, actual);
        if (wrongGeometry.isPresent()) {
            return wrongGeometry.get();
        }
        String screen = ScreenNames.next();
        if (phone.spec().emulated()) {
            BufferedImage expected = phone.expectedScreen();
            return ScreenComparison.compare(expected, actual, masks, tolerance).verdict("screen of " + phone.name());
        }
        return againstBaseline(phone, screen, actual, masks, tolerance);
    }

    /** The screenshot's size and colour mode against the phone's model. */
    public static Verdict geometry(Phone phone, BufferedImage shot) {
        boolean colourModel = phone.model().display().map(PhoneModel.DisplayArea::colour).orElse(false);
        return geometryFault(phone, shot).orElseGet(() -> Verdict.passed(shot.getWidth() + "x" + shot.getHeight()
                + (colourModel ? " colour" : " grey"), Evidence.png("screenshot (" + phone.name() + ")", shot)));
    }

    /** The failed verdict of a screenshot of the wrong size or colour mode; the image is encoded only then. */
    private static Optional<Verdict> geometryFault(Phone phone, BufferedImage shot) {
        PhoneModel model = phone.model();
        boolean colourModel = model.display().map(PhoneModel.DisplayArea::colour).orElse(false);
        if (shot.getWidth() != model.screenshotWidth() || shot.getHeight() != model.screenshotHeight()) {
            return Optional.of(Verdict.failed("screenshot of " + phone.name() + ": expected " + model.screenshotWidth()
                    + "x" + model.screenshotHeight() + " for " + model.name() + ", saw " + shot.getWidth() + "x"
                    + shot.getHeight(), Evidence.png("screenshot (" + phone.name() + ")", shot)));
        }
        if (!colourModel && ScreenMode.hasColour(shot)) {
            return Optional.of(Verdict.failed("screenshot of " + phone.name() + ": expected only grey pixels on the"
                    + " greyscale " + model.name() + ", saw colour", Evidence.png("screenshot (" + phone.name() + ")",
                    shot)));
        }
        return Optional.empty();
    }

    private static Verdict againstBaseline(Phone phone, String screen, BufferedImage actual, List<Mask> masks,
                                           Tolerance tolerance) {
        BaselineStore store = phone.baselines();
        Optional<BufferedImage> baseline = store.baseline(phone.model().name(), screen);
        if (baseline.isPresent()) {
            return ScreenComparison.compare(baseline.get(), actual, masks, tolerance)
                    .verdict("screen " + screen + " of " + phone.name() + " against its baseline");
        }
        if (store.record()) {
            return Verdict.passed("baseline recorded: " + store.save(phone.model().name(), screen, actual),
                    Evidence.png("recorded baseline " + screen, actual));
        }
        return Verdict.broken("no baseline for screen " + screen + " of " + phone.model().name() + " at "
                + store.file(phone.model().name(), screen) + ": record baselines once on a certified firmware with"
                + " run --record-baselines", Evidence.png("screen " + screen + " of " + phone.name(), actual));
    }
}
