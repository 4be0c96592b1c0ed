package io.phonebench.bench.lab;

import io.phonebench.bench.rig.ConsoleSpec;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.drivers.console.ConsoleSettings;
import io.phonebench.drivers.console.PhoneConsole;
import io.phonebench.drivers.console.SerialConsole;
import io.phonebench.drivers.console.ConsoleAddress;
import io.phonebench.emulator.serial.TerminalServer;
import java.net.InetAddress;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedConsole;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Opens each phone's console through {@link SerialConsole}, the same driver for a USB serial adapter and for a virtual
 * phone's simulated console on a pseudo-terminal.
 */
final class Consoles {
    private final Teardown teardown;
    private final PrintStream notices;
    private boolean saidNoSocat;

    Consoles(Teardown teardown, PrintStream notices) {
        this.teardown = teardown;
        this.notices = notices;
    }

    Optional<PhoneConsole> open(PhoneSpec spec, Optional<VirtualPhone> virtual) {
        if (spec.console().isEmpty()) {
            return Optional.empty();
        }
        String port = spec.console().get().port();
        int baud = spec.console().get().baud();
        if (spec.console().get().simulated()) {
            if (virtual.isEmpty()) {
                return Optional.empty();
            }
            if (!VirtualPowerWiring.socatAvailable()) {
                if (!saidNoSocat) {
                    notices.println("socat not found: simulated consoles are not attached (tests that need a console"
                            + " are reported not applicable)");
                    saidNoSocat = true;
                }
                return Optional.empty();
            }
            PseudoTerminalPair pair = teardown.add(PseudoTerminalPair.start("console-" + spec.name()));
            VirtualPhone phone = virtual.get();
            SimulatedConsole simulated = teardown.add(new SimulatedConsole(spec.name(), pair, spec.name() + "> ",
                    phone.identity().versionId(), () -> {
                        phone.powerOff();
                        phone.powerOn();
                    }));
            phone.onConsoleLine(simulated::print);
            port = pair.benchEnd().toString();
            port = behindTerminalServer(spec, pair).orElse(port);
        }
        SerialConsole console = teardown.add(new SerialConsole(spec.name(), ConsoleAddress.parse(port, baud),
                ConsoleSettings.defaults()));
        console.start();
        return Optional.of(console);
    }

    /**
     * {@code simulated-tcp} / {@code simulated-rfc2217}: the simulated console's pty is served by a terminal server
     * twin on loopback, and the bench reaches it over TCP, as a lab reaches ser2net or a Moxa NPort.
     */
    private Optional<String> behindTerminalServer(PhoneSpec spec, PseudoTerminalPair pair) {
        String port = spec.console().orElseThrow().port();
        TerminalServer.Mode mode = switch (port) {
            case ConsoleSpec.SIMULATED_TCP -> TerminalServer.Mode.RAW;
            case ConsoleSpec.SIMULATED_RFC2217 -> TerminalServer.Mode.RFC2217;
            default -> null;
        };
        if (mode == null) {
            return Optional.empty();
        }
        TerminalServer server = teardown.add(TerminalServer.start("console-" + spec.name(), mode, pair.benchEnd(),
                InetAddress.getLoopbackAddress()));
        return Optional.of(server.url());
    }
}
