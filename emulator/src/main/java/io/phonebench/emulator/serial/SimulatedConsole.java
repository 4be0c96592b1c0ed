package io.phonebench.emulator.serial;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A phone's serial console on a pty: {@link #print} writes boot-log lines (the bench feeds it a VirtualPhone's log),
 * typed characters are echoed, and a line ended by CR or LF runs one of {@code help}, {@code show version} or
 * {@code reboot} (which calls back), followed by the prompt.
 */
public final class SimulatedConsole extends SimulatedSerialDevice {
    private final String prompt;
    private final String version;
    private final Runnable onReboot;
    private final StringBuilder typed = new StringBuilder();

    public SimulatedConsole(String name, PseudoTerminalPair pair, String prompt, String version, Runnable onReboot) {
        super(name, pair);
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.version = Objects.requireNonNull(version, "version");
        this.onReboot = Objects.requireNonNull(onReboot, "onReboot");
        startReading();
    }

    /** Writes one line; false when nobody can see it (the console is silent or unplugged). */
    public boolean print(String line) {
        return answer((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the prompt without a line end, as the phone does when it waits for input. */
    public boolean printPrompt() {
        return answer(prompt.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void receive(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            char c = (char) (data[i] & 0xFF);
            if (c == '\r' || c == '\n') {
                answer("\r\n".getBytes(StandardCharsets.US_ASCII));
                run(typed.toString().trim());
                typed.setLength(0);
            } else {
                typed.append(c);
                answer(new byte[] {data[i]});
            }
        }
    }

    private void run(String command) {
        switch (command) {
            case "" -> { }
            case "help" -> print("commands: help, show version, reboot");
            case "show version" -> print(version);
            case "reboot" -> {
                print("Rebooting...");
                onReboot.run();
                return;
            }
            default -> print("% Unknown command: " + command);
        }
        printPrompt();
    }
}
