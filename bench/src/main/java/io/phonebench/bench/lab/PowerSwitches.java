package io.phonebench.bench.lab;

import io.phonebench.bench.rig.PowerSpec;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.rig.SwitchSpec;
import io.phonebench.drivers.power.GpioOutput;
import io.phonebench.drivers.power.HttpPdu;
import io.phonebench.drivers.power.OutputChannel;
import io.phonebench.drivers.power.OutputPowerSwitch;
import io.phonebench.drivers.power.PoeSnmpSwitch;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.RelayBoard;
import io.phonebench.drivers.power.SafeState;
import io.phonebench.drivers.power.SerialRelayBoard;
import io.phonebench.drivers.power.Sleeper;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedSerialDevice;
import java.io.PrintStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the rig's {@code power:} entries to drivers, one {@link PowerSwitch} per phone, by visiting the sealed
 * {@link SwitchSpec} family: every kind has its method, and a new kind does not compile until it has one here.
 * Simulated boards are started on a real pseudo-terminal (socat) and driven through the same driver a lab uses;
 * without socat they switch in-process, and the run says so once. Nothing is parsed here: the records carry their
 * drivers' resources, checked when the rig loaded.
 */
final class PowerSwitches {
    /** Off time of a power cycle: long enough for a real phone's supply to drain. */
    static final Duration OFF_TIME = Duration.ofSeconds(2);
    private static final Duration VIRTUAL_OFF_TIME = Duration.ofMillis(200);
    private static final Duration PDUDAEMON_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POE_TIMEOUT = Duration.ofSeconds(2);
    private static final int POE_RETRIES = 2;

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
        return forPhone(spec, where, Sleeper.REAL);
    }

    /**
     * As {@link #forPhone(SwitchSpec, PowerSpec)}; a simulated switch powers a virtual phone, whose off time passes
     * through {@code virtualOffTime} (on the phone's driven clock), a real switch's in real time.
     */
    PowerSwitch forPhone(SwitchSpec spec, PowerSpec where, Sleeper virtualOffTime) {
        Duration offTime = spec.simulated() ? VIRTUAL_OFF_TIME : OFF_TIME;
        Sleeper sleeper = spec.simulated() ? virtualOffTime : Sleeper.REAL;
        return spec.accept(new Bind(where.channel(), offTime, sleeper, spec.safeOn() ? SafeState.ON : SafeState.OFF));
    }

    /** One channel of one switch, bound to its driver. */
    private final class Bind implements SwitchSpec.Binder<PowerSwitch> {
        private final int channel;
        private final Duration offTime;
        private final Sleeper sleeper;
        private final SafeState safe;

        Bind(int channel, Duration offTime, Sleeper sleeper, SafeState safe) {
            this.channel = channel;
            this.offTime = offTime;
            this.sleeper = sleeper;
            this.safe = safe;
        }

        private PowerSwitch output(OutputChannel output) {
            return new OutputPowerSwitch(output, offTime, false, safe, sleeper);
        }

        @Override
        public PowerSwitch serialBoard(SwitchSpec.SerialBoard board) {
            return output(board(board.name(), () -> new SerialRelayBoard(board.name(), board.serial(),
                    board.channels(), board.family().codec())).channel(channel));
        }

        @Override
        public PowerSwitch simulatedBoard(SwitchSpec.SimulatedBoard board) {
            if (!VirtualPowerWiring.socatAvailable()) {
                if (!saidInProcess) {
                    notices.println("socat not found: simulated relay boards switch in-process, not over a"
                            + " pseudo-terminal");
                    saidInProcess = true;
                }
                return output(new InProcessRelay(board.name(), channel, router.forBoard(board.name())));
            }
            return output(board(board.name(), () -> twin(board)).channel(channel));
        }

        @Override
        public PowerSwitch gpio(SwitchSpec.GpioSwitch gpio) {
            return output(teardown.add(gpioProvider(gpio).output(gpio.lines().get(channel - 1))));
        }

        @Override
        public PowerSwitch pduDaemon(SwitchSpec.PduDaemon pdu) {
            return new HttpPdu(pdu.daemon(), pdu.pdu(), channel, offTime, safe, PDUDAEMON_TIMEOUT);
        }

        @Override
        public PowerSwitch poe(SwitchSpec.PoeSwitch poe) {
            return new PoeSnmpSwitch(poe.ports().get(channel - 1), poe.community(), POE_TIMEOUT, POE_RETRIES, offTime,
                    safe, Sleeper.REAL);
        }

        @Override
        public PowerSwitch rackPdu(SwitchSpec.RackPdu pdu) {
            return network.outlet(pdu, channel, offTime, safe);
        }

        @Override
        public PowerSwitch simulatedRackPdu(SwitchSpec.SimulatedRackPdu pdu) {
            return network.simulatedOutlet(pdu, channel, offTime, safe, sleeper);
        }

        @Override
        public PowerSwitch httpRelay(SwitchSpec.HttpRelay relay) {
            return output(network.httpRelay(relay).channel(channel));
        }

        @Override
        public PowerSwitch modbusRelay(SwitchSpec.ModbusRelay relay) {
            return output(network.modbusRelay(relay).channel(channel));
        }
    }

    /** One driver per board, shared by the phones on its channels. */
    private RelayBoard board(String name, java.util.function.Supplier<RelayBoard> start) {
        RelayBoard existing = boards.get(name);
        if (existing != null) {
            return existing;
        }
        RelayBoard board = teardown.add(start.get());
        boards.put(name, board);
        return board;
    }

    /** The board's twin on a pseudo-terminal, and the family's driver on the bench end of it at the rig's baud. */
    private RelayBoard twin(SwitchSpec.SimulatedBoard spec) {
        PseudoTerminalPair pair = teardown.add(PseudoTerminalPair.start("relay-" + spec.name()));
        // A stuck board answers every command but its contacts never move: nothing downstream changes.
        ChannelListener listener = spec.fault().filter("stuck"::equals).isPresent()
                ? (channel, energised) -> { }
                : router.forBoard(spec.name());
        SimulatedSerialDevice device = teardown.add(spec.family().twin().start(spec.name(), pair, spec.channels(),
                listener));
        simulated.put(spec.name(), device);
        if (spec.fault().filter("silent"::equals).isPresent()) {
            device.stopAnswering(true);
        }
        return new SerialRelayBoard(spec.name(), new SerialLine(pair.benchEnd().toString(), spec.baud()),
                spec.channels(), spec.family().codec());
    }

    /** The mock plugin is an optional dependency of the bench library: only test classpaths bring it. */
    private static GpioOutput.Provider mockGpio(SwitchSpec.GpioSwitch spec) {
        try {
            return GpioOutput.Provider.mock();
        } catch (NoClassDefFoundError e) {
            throw new RigConfigurationException(spec.name() + ": GPIO provider 'mock' needs"
                    + " com.pi4j:pi4j-plugin-mock on the classpath (a test dependency); on a lab host write"
                    + " provider: gpiod");
        }
    }

    private GpioOutput.Provider gpioProvider(SwitchSpec.GpioSwitch spec) {
        if (gpio == null) {
            // The rig names the provider (checked at load): no silent fallback to a mock on a lab machine.
            gpio = spec.provider().equals("mock") ? mockGpio(spec) : GpioOutput.Provider.gpiod();
            teardown.add(gpio);
        }
        return gpio;
    }
}
