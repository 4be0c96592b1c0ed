package io.phonebench.bench.lab;

import io.phonebench.bench.rig.PowerSpec;
import io.phonebench.bench.rig.SwitchSpec;
import io.phonebench.drivers.power.GpioLine;
import io.phonebench.drivers.power.GpioOutput;
import io.phonebench.drivers.power.HttpPdu;
import io.phonebench.drivers.power.KmtronicRelayBoard;
import io.phonebench.drivers.power.LcusRelayBoard;
import io.phonebench.drivers.power.NumatoRelayBoard;
import io.phonebench.drivers.power.OutputChannel;
import io.phonebench.drivers.power.OutputPowerSwitch;
import io.phonebench.drivers.power.PoePort;
import io.phonebench.drivers.power.PoeSnmpSwitch;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.RelayBoard;
import io.phonebench.drivers.power.SafeState;
import io.phonebench.drivers.power.Sleeper;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedKmtronicBoard;
import io.phonebench.emulator.serial.SimulatedLcusBoard;
import io.phonebench.emulator.serial.SimulatedNumatoBoard;
import io.phonebench.emulator.serial.SimulatedSerialDevice;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the rig's {@code power:} entries into {@link PowerSwitch}es, one per phone. Simulated boards are started on a
 * real pseudo-terminal (socat) and driven through the same driver a lab uses; without socat they switch in-process,
 * and the run says so once.
 */
final class PowerSwitches {
    /** Off time of a power cycle: long enough for a real phone's supply to drain. */
    static final Duration OFF_TIME = Duration.ofSeconds(2);
    private static final Duration VIRTUAL_OFF_TIME = Duration.ofMillis(200);

    private final Teardown teardown;
    private final PrintStream notices;
    private final VirtualPowerWiring router;
    private final Map<String, RelayBoard> boards = new HashMap<>();
    private final Map<String, SimulatedSerialDevice> simulated = new HashMap<>();
    private final NetworkPower network;
    private GpioOutput.Provider gpio;
    private boolean saidInProcess;

    PowerSwitches(Teardown teardown, PrintStream notices, VirtualPowerWiring router) {
        this.teardown = teardown;
        this.notices = notices;
        this.router = router;
        this.network = new NetworkPower(teardown, router);
    }

    /** The simulated board behind a switch name, so fault injection can reach it. */
    Optional<SimulatedSerialDevice> simulatedBoard(String switchName) {
        return Optional.ofNullable(simulated.get(switchName));
    }

    PowerSwitch forPhone(SwitchSpec spec, PowerSpec where) {
        SafeState safe = spec.safeOn() ? SafeState.ON : SafeState.OFF;
        Duration offTime = spec.type().simulated() ? VIRTUAL_OFF_TIME : OFF_TIME;
        if (NetworkPower.handles(spec.type())) {
            return network.forChannel(spec, where.channel(), offTime, safe);
        }
        return switch (spec.type()) {
            case PDUDAEMON -> new HttpPdu(URI.create("http://" + spec.host().orElseThrow()), spec.pdu().orElse(spec.name()),
                    where.channel(), offTime, safe, Duration.ofSeconds(5));
            case POE_SNMP -> {
                String[] hostPort = spec.host().orElseThrow().split(":");
                int snmpPort = hostPort.length > 1 ? Integer.parseInt(hostPort[1]) : 161;
                yield new PoeSnmpSwitch(new PoePort(hostPort[0], snmpPort, 1, where.channel()),
                        spec.community().orElse("private"), Duration.ofSeconds(2), 2, offTime, safe, Sleeper.REAL);
            }
            default -> new OutputPowerSwitch(output(spec, where.channel()), offTime, false, safe, Sleeper.REAL);
        };
    }

    private OutputChannel output(SwitchSpec spec, int channel) {
        if (spec.type() == io.phonebench.bench.rig.RelayType.GPIO) {
            int bcm = spec.pins().get(channel - 1);
            return teardown.add(gpio(spec).output(new GpioLine(bcm, spec.activeLow())));
        }
        if (spec.type().simulated() && !VirtualPowerWiring.socatAvailable()) {
            if (!saidInProcess) {
                notices.println("socat not found: simulated relay boards switch in-process, not over a pseudo-terminal");
                saidInProcess = true;
            }
            return new InProcessRelay(spec.name(), channel, router.forBoard(spec.name()));
        }
        return board(spec).channel(channel);
    }

    private RelayBoard board(SwitchSpec spec) {
        RelayBoard existing = boards.get(spec.name());
        if (existing != null) {
            return existing;
        }
        String port;
        if (spec.type().simulated()) {
            PseudoTerminalPair pair = teardown.add(PseudoTerminalPair.start("relay-" + spec.name()));
            // A stuck board answers every command but its contacts never move: nothing downstream changes.
            ChannelListener listener = spec.fault().filter("stuck"::equals).isPresent()
                    ? (channel, energised) -> { }
                    : router.forBoard(spec.name());
            SimulatedSerialDevice device = teardown.add(switch (spec.type()) {
                case SIMULATED_NUMATO -> new SimulatedNumatoBoard(spec.name(), pair, spec.channels(), listener);
                case SIMULATED_KMTRONIC -> new SimulatedKmtronicBoard(spec.name(), pair, spec.channels(), listener);
                default -> new SimulatedLcusBoard(spec.name(), pair, spec.channels(), listener);
            });
            simulated.put(spec.name(), device);
            if (spec.fault().filter("silent"::equals).isPresent()) {
                device.stopAnswering(true);
            }
            port = pair.benchEnd().toString();
        } else {
            port = spec.port().orElseThrow();
        }
        RelayBoard board = teardown.add(switch (spec.type()) {
            case NUMATO, SIMULATED_NUMATO -> new NumatoRelayBoard(spec.name(), new SerialLine(port, baud(spec, 9600)),
                    spec.channels());
            case KMTRONIC, SIMULATED_KMTRONIC -> new KmtronicRelayBoard(spec.name(), port, spec.channels());
            default -> new LcusRelayBoard(spec.name(), port, spec.channels());
        });
        boards.put(spec.name(), board);
        return board;
    }

    private static int baud(SwitchSpec spec, int fallback) {
        return spec.baud() > 0 ? spec.baud() : fallback;
    }

    /** The mock plugin is an optional dependency of the bench library: only test classpaths bring it. */
    private static GpioOutput.Provider mockGpio(SwitchSpec spec) {
        try {
            return GpioOutput.Provider.mock();
        } catch (NoClassDefFoundError e) {
            throw new io.phonebench.bench.rig.RigConfigurationException(spec.name() + ": GPIO provider 'mock' needs"
                    + " com.pi4j:pi4j-plugin-mock on the classpath (a test dependency); on a lab host write"
                    + " provider: gpiod");
        }
    }

    private GpioOutput.Provider gpio(SwitchSpec spec) {
        if (gpio == null) {
            // The rig names the provider; there is no silent fallback to a mock on a lab machine (STYLE §8).
            String provider = spec.provider().orElse("gpiod");
            gpio = switch (provider) {
                case "mock" -> mockGpio(spec);
                case "gpiod" -> GpioOutput.Provider.gpiod();
                default -> throw new io.phonebench.bench.rig.RigConfigurationException(spec.name()
                        + ": GPIO provider '" + provider + "' is not known: write provider: gpiod (a lab host) or"
                        + " provider: mock (tests)");
            };
            teardown.add(gpio);
        }
        return gpio;
    }
}
