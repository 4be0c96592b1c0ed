package io.phonebench.bench.screen;

import io.phonebench.bench.files.ContainedPath;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.image.Png;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Screenshots recorded from a certified firmware, the pixel reference for real phones (the way openQA keeps needles):
 * {@code DIR/MODEL/TestClass.method[-n].png}. A run with recording on writes the screens it has no baseline for; a
 * normal run compares against them.
 *
 * @param directory where baselines live, one folder per model
 * @param record    whether a missing baseline is recorded from the phone (on a certified firmware) instead of
 *                  being an error
 */
public record BaselineStore(Path directory, boolean record) {
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    public Path file(String model, String screenName) {
        return ContainedPath.under(directory, "baseline", safe(model), safe(screenName) + ".png");
    }

    public Optional<BufferedImage> baseline(String model, String screenName) {
        Path file = file(model, screenName);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new BenchInfrastructureException("baseline " + file + " is not a PNG: record it again with"
                        + " --record-baselines on a certified firmware");
            }
            return Optional.of(image);
        } catch (IOException e) {
            throw new BenchInfrastructureException("baseline " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Path save(String model, String screenName, BufferedImage screen) {
        Path file = file(model, screenName);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Png.encode(screen));
            return file;
        } catch (IOException e) {
            throw new BenchInfrastructureException("baseline " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static String safe(String name) {
        return UNSAFE.matcher(name).replaceAll("_");
    }
}
