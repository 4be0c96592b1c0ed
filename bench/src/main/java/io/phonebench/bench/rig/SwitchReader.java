package io.phonebench.bench.rig;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one entry under {@code power:}; the keys allowed depend on the switch's type. */
final class SwitchReader {
    private static final List<String> ON_OFF = List.of("on", "off");
    private static final List<String> GPIO_PROVIDERS = List.of("gpiod", "mock");
    /** Faults a simulated relay board can be told to have, see {@link SwitchSpec#fault()}. */
    static final List<String> SIMULATED_FAULTS = List.of("silent", "stuck");

    private final RigMapping m;
    private final String name;

    SwitchReader(RigMapping m, String name) {
        this.m = m;
        this.name = name;
    }

    SwitchSpec read() {
        String typeName = m.requiredString("type");
        RelayType type = RelayType.fromFileName(typeName).orElseThrow(() -> m.error("type",
                "unknown relay type '" + typeName + "'" + RigMapping.suggestion(typeName, RelayType.fileNames())));
        m.allowOnly(keysOf(type));

        List<Integer> pins = type == RelayType.GPIO ? pins() : List.of();
        int channels = type == RelayType.GPIO ? m.intOr("channels", pins.size()) : m.requiredInt("channels");
        if (channels <= 0) {
            throw m.error("channels", "expected a positive number of channels, found " + channels);
        }
        if (channels > type.maxChannels()) {
            throw m.error("channels", "expected at most " + type.maxChannels() + " channels on a " + type.fileName()
                    + " board, found " + channels);
        }
        if (type == RelayType.GPIO && channels != pins.size()) {
            throw m.error("channels", "gpio switch has " + pins.size() + " pins but says channels: " + channels);
        }
        boolean realSerial = type.serialBoard() && !type.simulated();
        Optional<String> port = realSerial ? Optional.of(m.requiredString("port")) : Optional.empty();
        int baud = type.serialBoard() ? m.intOr("baud", defaultBaud(type)) : 0;
        if (type.serialBoard() && baud <= 0) {
            throw m.error("baud", "expected a positive baud rate such as 9600, found " + baud);
        }
        boolean networked = type == RelayType.PDUDAEMON || type == RelayType.POE_SNMP || type == RelayType.SNMP_PDU
                || type == RelayType.MODBUS_TCP_RELAY;
        Optional<String> host = networked ? Optional.of(m.requiredString("host")) : Optional.empty();
        Optional<String> community = type == RelayType.POE_SNMP
                ? Optional.of(m.optionalSecret("community").orElseThrow(() -> m.error("community",
                        "missing key 'community': write community: \"${PHONEBENCH_SNMP_COMMUNITY}\"")))
                : Optional.empty();
        Optional<String> pdu = type == RelayType.PDUDAEMON ? Optional.of(m.requiredString("pdu")) : Optional.empty();
        Optional<String> provider = type == RelayType.GPIO
                ? Optional.of(m.optionalChoice("provider", GPIO_PROVIDERS).orElseThrow(() -> m.error("provider",
                        "missing key 'provider': write provider: gpiod (a lab machine) or mock (tests)")))
                : Optional.empty();
        boolean activeLow = m.booleanOr("activeLow", false);
        boolean safeOn = m.optionalChoice("safeState", ON_OFF).orElse("on").equals("on");
        Optional<String> fault = type.simulated() ? m.optionalChoice("fault", SIMULATED_FAULTS) : Optional.empty();
        Optional<NetworkPowerSpec> network = NetworkSwitchReader.read(m, type);
        return new SwitchSpec(name, type, channels, port, baud, host, community, pdu, provider, pins, activeLow,
                safeOn, fault, m.line(), network);
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
                    || Integer.parseInt(s.text()) < 0 || Integer.parseInt(s.text()) > 27) {
                throw m.errorAt(item.line(), "pins", "expected a BCM pin number 0..27, found " + item.describe());
            }
            int pin = Integer.parseInt(s.text());
            if (!seen.add(pin)) {
                throw m.errorAt(item.line(), "pins", "pin " + pin + " is listed twice");
            }
            pins.add(pin);
        }
        return pins;
    }

    private static Set<String> keysOf(RelayType type) {
        Set<String> keys = new HashSet<>(Set.of("type", "channels", "safeState"));
        switch (type) {
            case LCUS, NUMATO, KMTRONIC -> keys.addAll(Set.of("port", "baud"));
            case SIMULATED_LCUS, SIMULATED_NUMATO, SIMULATED_KMTRONIC -> keys.addAll(Set.of("baud", "fault"));
            case GPIO -> keys.addAll(Set.of("provider", "pins", "activeLow"));
            case PDUDAEMON -> keys.addAll(Set.of("host", "pdu"));
            case POE_SNMP -> keys.addAll(Set.of("host", "community"));
            default -> keys.addAll(NetworkSwitchReader.keysOf(type));
        }
        return keys;
    }

    private static int defaultBaud(RelayType type) {
        return switch (type) {
            case NUMATO, SIMULATED_NUMATO -> 19200;
            default -> 9600;
        };
    }
}
