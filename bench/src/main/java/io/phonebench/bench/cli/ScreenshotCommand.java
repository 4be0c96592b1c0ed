package io.phonebench.bench.cli;

import picocli.CommandLine.Command;

@Command(name = "screenshot", description = "Save a phone's screenshot (not built yet)")
final class ScreenshotCommand extends NotBuiltYet {
    ScreenshotCommand() {
        super("screenshot", "issue 8");
    }
}
