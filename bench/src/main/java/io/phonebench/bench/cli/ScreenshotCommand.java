package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.protocol.image.Png;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "screenshot", description = "Save a phone's /CGI/Screenshot as PNG, whatever format the model sends.")
final class ScreenshotCommand implements Callable<Integer> {
    @Mixin
    PhoneOptions phone;

    @Option(names = {"-o", "--output"}, defaultValue = "screenshot.png", paramLabel = "FILE",
            description = "where to write the PNG (default: ${DEFAULT-VALUE})")
    Path output;

    @Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Override
    public Integer call() {
        OutputPlace.file("--output", output, "screenshot.png");
        try (LeaseWait.Held lease = leaseWait.holdAddress(phone.host()); PhoneClient client = phone.connect()) {
            BufferedImage screen = client.screenshot();
            Files.write(output, Png.encode(screen));
            System.out.printf("%s: %dx%d%n", output, screen.getWidth(), screen.getHeight());
            return ExitCode.OK;
        } catch (IOException e) {
            throw new RigConfigurationException(output + ": cannot write: " + e.getMessage());
        }
    }
}
