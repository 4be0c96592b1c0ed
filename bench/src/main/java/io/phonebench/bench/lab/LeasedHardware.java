package io.phonebench.bench.lab;

import io.phonebench.bench.rig.ConsoleSpec;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.PowerSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.SwitchSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What a run leases for a phone: the hardware it touches, named the way the hardware is found, not the way a rig
 * file names it. The same phone under two rig files (or two names) is one address, so two runs that would drive it
 * exclude each other. Keys: the phone's address ({@code phone:10.20.0.60}, virtual phones on loopback too), the
 * switch hardware ({@code relay:/dev/ttyUSB0} for the whole board, {@code pdu:HOST}, {@code gpio:17},
 * {@code poe:HOST#3}) and its console port ({@code console:/dev/ttyUSB1}). Serial paths are resolved, so
 * {@code /dev/serial/by-id/...} and the {@code /dev/ttyUSB0} it links to are one key. Simulated boards and consoles
 * live inside one run and are not shared hardware.
 */
public final class LeasedHardware {
    private LeasedHardware() {
    }

    /** The keys for all {@code phones} of {@code rig}, sorted (the order every run takes them in). */
    public static List<String> of(Rig rig, List<PhoneSpec> phones) {
        TreeSet<String> keys = new TreeSet<>();
        for (PhoneSpec phone : phones) {
            keys.addAll(of(rig, phone));
        }
        return List.copyOf(keys);
    }

    /** The keys for one phone. */
    public static List<String> of(Rig rig, PhoneSpec phone) {
        List<String> keys = new ArrayList<>();
        keys.add("phone:" + phone.address().trim().toLowerCase(Locale.ROOT));
        phone.power().flatMap(p -> relay(rig.switches().get(p.switchName()), p)).ifPresent(keys::add);
        phone.console().filter(c -> !c.simulated()).map(ConsoleSpec::port)
                .map(port -> "console:" + device(port)).ifPresent(keys::add);
        return keys;
    }

    /**
     * The key of the switch hardware a phone's output is on. A serial relay board takes one command at a time on one
     * device, and a PDU or network relay board is one box that a power cycle of another run could upset: the key is
     * the whole board, so two runs that would drive any channels of it exclude each other. A GPIO line and a PoE
     * port are keyed alone: the lines of a header and the ports of a switch are independent, and a PoE switch
     * serves a whole floor.
     */
    private static Optional<String> relay(SwitchSpec board, PowerSpec output) {
        if (board == null) {
            return Optional.empty();
        }
        int channel = output.channel();
        return board.accept(new SwitchSpec.Binder<>() {
            @Override
            public Optional<String> serialBoard(SwitchSpec.SerialBoard b) {
                return Optional.of("relay:" + device(b.serial().path()));
            }

            @Override
            public Optional<String> simulatedBoard(SwitchSpec.SimulatedBoard b) {
                return Optional.empty();   // lives inside one run
            }

            @Override
            public Optional<String> gpio(SwitchSpec.GpioSwitch g) {
                return Optional.of("gpio:" + g.lines().get(channel - 1).bcm());
            }

            @Override
            public Optional<String> pduDaemon(SwitchSpec.PduDaemon p) {
                return Optional.of("pdu:" + host(p.daemon().getHost()) + "/" + p.pdu());
            }

            @Override
            public Optional<String> poe(SwitchSpec.PoeSwitch p) {
                return Optional.of("poe:" + host(p.ports().get(0).host()) + "#" + channel);
            }

            @Override
            public Optional<String> rackPdu(SwitchSpec.RackPdu p) {
                return Optional.of("pdu:" + host(p.outlets().get(0).host()));
            }

            @Override
            public Optional<String> simulatedRackPdu(SwitchSpec.SimulatedRackPdu p) {
                return Optional.empty();   // lives inside one run
            }

            @Override
            public Optional<String> httpRelay(SwitchSpec.HttpRelay r) {
                return Optional.of("relay:" + host(r.url().getHost()));
            }

            @Override
            public Optional<String> modbusRelay(SwitchSpec.ModbusRelay r) {
                return Optional.of("relay:" + host(r.host()) + "/" + r.unit());
            }
        });
    }

    private static String host(String host) {
        return host.trim().toLowerCase(Locale.ROOT);
    }

    /** The device a serial path ends at, when it exists on this machine. */
    private static String device(String port) {
        try {
            Path path = Path.of(port);
            return Files.exists(path) ? path.toRealPath().toString() : path.toAbsolutePath().normalize().toString();
        } catch (IOException | RuntimeException e) {
            return port;
        }
    }
}
