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
 * exclude each other. Keys: the phone's address ({@code phone:10.20.0.60}, virtual phones on loopback too), its
 * switch output ({@code relay:/dev/ttyUSB0#3}, {@code gpio:17}, {@code pdu:HOST/NAME#3}, {@code poe:HOST#3}) and
 * its console port ({@code console:/dev/ttyUSB1}). Serial paths are resolved, so {@code /dev/serial/by-id/...} and
 * the {@code /dev/ttyUSB0} it links to are one key. Simulated boards and consoles live inside one run and are not
 * shared hardware.
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

    private static Optional<String> relay(SwitchSpec board, PowerSpec output) {
        if (board == null || board.type().simulated()) {
            return Optional.empty();
        }
        int channel = output.channel();
        return Optional.of(switch (board.type()) {
            case GPIO -> "gpio:" + (channel - 1 < board.pins().size() ? board.pins().get(channel - 1) : "#" + channel);
            case PDUDAEMON -> "pdu:" + board.host().orElse("?") + "/" + board.pdu().orElse("?") + "#" + channel;
            case POE_SNMP -> "poe:" + board.host().orElse("?") + "#" + channel;
            default -> "relay:" + board.port().map(LeasedHardware::device).orElse(board.name()) + "#" + channel;
        });
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
