package io.phonebench.bench.rig;

import io.phonebench.drivers.power.GpioLine;
import io.phonebench.drivers.power.PoePort;
import io.phonebench.drivers.serial.SerialLine;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads one entry under {@code power:} into its {@link SwitchSpec} record; the keys allowed depend on the type, and
 * every value (baud, pins, addresses, URLs) is parsed here, with FILE:LINE errors.
 */
final class SwitchReader {
    private static final List<String> ON_OFF = List.of("on", "off");
    private static final List<String> GPIO_PROVIDERS = List.of("gpiod", "mock");
    private static final String SIMULATED = "simulated-";
    /** Faults a simulated relay board can be told to have, see {@link SwitchSpec#fault()}. */
    static final List<String> SIMULATED_FAULTS = List.of("silent", "stuck");
    static final int POE_SNMP_PORT = 161;
    /** pdudaemon's HTTP listener when the rig names none (pdudaemon's default {@code listener} port). */
    static final int PDUDAEMON_PORT = 16421;
    private static final List<String> OTHER_TYPES = List.of("gpio", "pdudaemon", "poe-snmp", "snmp-pdu",
            "simulated-snmp-pdu", "http-relay", "modbus-tcp-relay");

    private final RigMapping m;
    private final String name;

    SwitchReader(RigMapping m, String name) {
        this.m = m;
        this.name = name;
    }

    /** Every type a rig file may write, for suggestions. */
    static List<String> typeNames() {
        return Stream.concat(Stream.of(BoardFamily.values()).flatMap(f -> Stream.of(f.fileName(),
                SIMULATED + f.fileName())), OTHER_TYPES.stream()).toList();
    }

    SwitchSpec read() {
        String typeName = m.requiredString("type");
        boolean simulated = typeName.startsWith(SIMULATED);
        Optional<BoardFamily> family = BoardFamily.fromFileName(simulated ? typeName.substring(SIMULATED.length())
                : typeName);
        if (family.isEmpty() && !OTHER_TYPES.contains(typeName)) {
            throw m.error("type", "unknown relay type '" + typeName + "'"
                    + RigMapping.suggestion(typeName, typeNames()));
        }
        m.allowOnly(keysOf(typeName, family.isPresent(), simulated));
        boolean safeOn = m.optionalChoice("safeState", ON_OFF).orElse("on").equals("on");
        int line = m.line();
        if (family.isPresent()) {
            return serialBoard(family.get(), simulated, safeOn, line);
        }
        return switch (typeName) {
            case "gpio" -> gpio(safeOn, line);
            case "pdudaemon" -> new SwitchSpec.PduDaemon(name, pdudaemon(), m.requiredString("pdu"), channels(0),
                    safeOn, line);
            case "poe-snmp" -> poe(safeOn, line);
            default -> NetworkSwitchReader.read(m, name, typeName, channels(typeName.equals("http-relay") ? 8 : 0),
                    safeOn, line);
        };
    }

    private SwitchSpec serialBoard(BoardFamily family, boolean simulated, boolean safeOn, int line) {
        int channels = channels(family.codec().maxChannels());
        String portPath = simulated ? null : m.requiredString("port");
        int baud = m.intOr("baud", family.codec().defaultBaud());
        if (baud <= 0) {
            throw m.error("baud", "expected a positive baud rate such as " + family.codec().defaultBaud()
                    + ", found " + baud);
        }
        if (simulated) {
            return new SwitchSpec.SimulatedBoard(name, family, baud, channels,
                    m.optionalChoice("fault", SIMULATED_FAULTS), safeOn, line);
        }
        return new SwitchSpec.SerialBoard(name, family, new SerialLine(portPath, baud), channels, safeOn, line);
    }

    /** {@code channels:}, at least 1 and at most {@code max} (0: no fixed limit). */
    private int channels(int max) {
        int channels = m.requiredInt("channels");
        if (channels <= 0) {
            throw m.error("channels", "expected a positive number of channels, found " + channels);
        }
        if (max > 0 && channels > max) {
            throw m.error("channels", "expected at most " + max + " channels on a " + m.requiredString("type")
                    + " board, found " + channels);
        }
        return channels;
    }

    private SwitchSpec gpio(boolean safeOn, int line) {
        String provider = m.optionalChoice("provider", GPIO_PROVIDERS).orElseThrow(() -> m.error("provider",
                "missing key 'provider': write provider: gpiod (a lab machine) or mock (tests)"));
        boolean activeLow = m.booleanOr("activeLow", false);
        List<GpioLine> lines = new ArrayList<>();
        for (int pin : pins()) {
            lines.add(new GpioLine(pin, activeLow));
        }
        int channels = m.intOr("channels", lines.size());
        if (channels != lines.size()) {
            throw m.error("channels", "gpio switch has " + lines.size() + " pins but says channels: " + channels);
        }
        return new SwitchSpec.GpioSwitch(name, provider, lines, safeOn, line);
    }

    private List<Integer> pins() {
        List<YamlNode> items = m.sequence("pins");
        if (items.isEmpty()) {
            throw m.error("pins", "expected the BCM pin of each channel, e.g. pins: [17, 27, 22, 23]");
        }
        List<Integer> pins = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (YamlNode item : items) {
            if (!(item instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.WHOLE_NUMBER
                    || s.text().length() > 3 || !GpioLine.isHeaderBcm(Integer.parseInt(s.text()))) {
                throw m.errorAt(item.line(), "pins", "expected a BCM pin number 0.." + GpioLine.MAX_BCM
                        + " (the GPIOs of the Raspberry Pi's 40-pin header), found " + item.describe());
            }
            int pin = Integer.parseInt(s.text());
            if (!seen.add(pin)) {
                throw m.errorAt(item.line(), "pins", "pin " + pin + " is listed twice");
            }
            pins.add(pin);
        }
        return pins;
    }

    private URI pdudaemon() {
        HostPort daemon = hostPort(PDUDAEMON_PORT, "pdudaemon's listener");
        try {
            return new URI("http://" + daemon.authority());
        } catch (URISyntaxException e) {
            throw m.error("host", "expected HOST or HOST:PORT of pdudaemon's listener, found '"
                    + SafeName.printable(m.requiredString("host")) + "'");
        }
    }

    private SwitchSpec poe(boolean safeOn, int line) {
        HostPort agent = hostPort(POE_SNMP_PORT, "the switch's SNMP agent");
        String community = m.optionalSecret("community").orElseThrow(() -> m.error("community",
                "missing key 'community': write community: \"${PHONEBENCH_SNMP_COMMUNITY}\""));
        int channels = channels(0);
        List<PoePort> ports = new ArrayList<>();
        for (int port = 1; port <= channels; port++) {
            ports.add(new PoePort(agent.host(), agent.port(), 1, port));
        }
        return new SwitchSpec.PoeSwitch(name, ports, community, safeOn, line);
    }

    /** {@code host:} as an address with an optional port, {@code defaultPort} when none is written. */
    private HostPort hostPort(int defaultPort, String what) {
        String text = m.requiredString("host");
        return HostPort.parse(text, defaultPort).orElseThrow(() -> m.error("host", "expected HOST, HOST:PORT or"
                + " [IPv6]:PORT (port 1..65535, " + defaultPort + " by default) of " + what + ", found '"
                + SafeName.printable(text) + "'"));
    }

    private static Set<String> keysOf(String type, boolean serialBoard, boolean simulated) {
        Set<String> keys = new HashSet<>(Set.of("type", "channels", "safeState"));
        if (serialBoard) {
            keys.addAll(simulated ? Set.of("baud", "fault") : Set.of("port", "baud"));
            return keys;
        }
        switch (type) {
            case "gpio" -> keys.addAll(Set.of("provider", "pins", "activeLow"));
            case "pdudaemon" -> keys.addAll(Set.of("host", "pdu"));
            case "poe-snmp" -> keys.addAll(Set.of("host", "community"));
            default -> keys.addAll(NetworkSwitchReader.keysOf(type));
        }
        return keys;
    }
}
