package io.phonebench.bench.rig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the entries under {@code phones:} one by one and checks them against each other and against the switches:
 * unique names and addresses, switch names that exist, channels in range and used once, consoles used once.
 */
final class PhoneReader {
    private static final Set<String> PHONE_KEYS = Set.of("name", "model", "address", "port", "emulated", "power",
            "console");
    private static final int DEFAULT_HTTP_PORT = 80;
    private static final int DEFAULT_CONSOLE_BAUD = 115200;

    private final String fileName;
    private final Map<String, SwitchSpec> switches;
    private final Set<String> knownModels;
    private final EmulatedProfiles knownProfiles;
    private final List<PhoneSpec> phones = new ArrayList<>();
    private final Map<String, PhoneSpec> byName = new HashMap<>();
    private final Map<String, PhoneSpec> byAddress = new HashMap<>();
    private final Map<String, PhoneSpec> byChannel = new HashMap<>();
    private final Map<String, PhoneSpec> byConsole = new HashMap<>();

    PhoneReader(String fileName, Map<String, SwitchSpec> switches, Set<String> knownModels,
            EmulatedProfiles knownProfiles) {
        this.fileName = fileName;
        this.switches = switches;
        this.knownModels = knownModels;
        this.knownProfiles = knownProfiles;
    }

    List<PhoneSpec> phones() {
        return List.copyOf(phones);
    }

    void read(RigMapping m) {
        m.allowOnly(PHONE_KEYS);
        String name = m.requiredName("name");
        PhoneSpec sameName = byName.get(name);
        if (sameName != null) {
            throw m.error("name", "phone name '" + name + "' is already used on line " + sameName.line());
        }
        String model = m.requiredString("model");
        if (!knownModels.contains(model)) {
            throw m.error("model", "unknown model '" + model + "'" + RigMapping.suggestion(model, knownModels));
        }
        String address = m.requiredIpv4("address", "10.20.0.31");
        PhoneSpec sameAddress = byAddress.get(address);
        if (sameAddress != null) {
            throw m.error("address", "address " + address + " is already phone '" + sameAddress.name() + "' (line "
                    + sameAddress.line() + ")");
        }
        Optional<String> profile = m.optionalMapping("emulated").map(this::profile);
        int port = m.intOr("port", DEFAULT_HTTP_PORT);
        if (port < 0 || port > 65535 || (port == 0 && profile.isEmpty())) {
            throw m.error("port", "expected a TCP port 1..65535 (0 only for emulated phones), found " + port);
        }
        Optional<PowerSpec> power = m.optionalMapping("power").map(this::power);
        Optional<ConsoleSpec> console = m.optionalMapping("console").map(this::console);

        PhoneSpec phone = new PhoneSpec(name, model, address, port, profile, power, console, m.line());
        power.ifPresent(p -> claimChannel(m, p, phone));
        console.filter(c -> !c.simulated()).ifPresent(c -> claimConsole(m, c, phone));
        byName.put(name, phone);
        byAddress.put(address, phone);
        phones.add(phone);
    }

    private String profile(RigMapping m) {
        m.allowOnly(Set.of("profile"));
        String profile = m.requiredString("profile");
        String countProblem = knownProfiles.countProblem(profile);
        if (countProblem != null) {
            throw m.error("profile", countProblem);
        }
        if (!knownProfiles.accepts(profile)) {
            throw m.error("profile", "unknown firmware profile '" + profile + "'"
                    + RigMapping.suggestion(profile, knownProfiles.names()));
        }
        return profile;
    }

    private PowerSpec power(RigMapping m) {
        m.allowOnly(Set.of("switch", "channel"));
        String switchName = m.requiredString("switch");
        SwitchSpec board = switches.get(switchName);
        if (board == null) {
            String known = switches.isEmpty() ? ": the rig has no power: section"
                    : RigMapping.suggestion(switchName, switches.keySet());
            throw m.error("switch", "no switch named '" + switchName + "' under power:" + known);
        }
        int channel = m.requiredInt("channel");
        if (channel < 1 || channel > board.channels()) {
            throw m.error("channel", "expected a channel 1.." + board.channels() + " of " + switchName + " ("
                    + board.typeName() + " on line " + board.line() + "), found " + channel);
        }
        return new PowerSpec(switchName, channel);
    }

    private ConsoleSpec console(RigMapping m) {
        m.allowOnly(Set.of("port", "baud"));
        String port = m.requiredString("port");
        int baud = m.intOr("baud", DEFAULT_CONSOLE_BAUD);
        if (baud <= 0) {
            throw m.error("baud", "expected a positive baud rate such as 115200, found " + baud);
        }
        ConsoleSpec.networkProblem(port, baud).ifPresent(problem -> {
            throw m.error("port", problem);
        });
        return new ConsoleSpec(port, baud);
    }

    private void claimChannel(RigMapping phone, PowerSpec power, PhoneSpec claimant) {
        String key = power.switchName() + "#" + power.channel();
        PhoneSpec holder = byChannel.putIfAbsent(key, claimant);
        if (holder != null) {
            RigMapping m = phone.optionalMapping("power").orElseThrow();
            throw m.error("channel", "channel " + power.channel() + " of " + power.switchName()
                    + " already powers phone '" + holder.name() + "' (line " + holder.line() + ")");
        }
    }

    private void claimConsole(RigMapping phone, ConsoleSpec console, PhoneSpec claimant) {
        PhoneSpec holder = byConsole.putIfAbsent(console.port(), claimant);
        if (holder != null) {
            RigMapping m = phone.optionalMapping("console").orElseThrow();
            throw m.error("port", "serial port " + console.port() + " is already the console of phone '"
                    + holder.name() + "' (line " + holder.line() + ")");
        }
        switchesOnPort(console.port()).ifPresent(board -> {
            RigMapping m = phone.optionalMapping("console").orElseThrow();
            throw m.error("port", "serial port " + console.port() + " is relay board " + board.name() + " (line "
                    + board.line() + ")");
        });
    }

    private Optional<SwitchSpec> switchesOnPort(String port) {
        return switches.values().stream().filter(s -> s instanceof SwitchSpec.SerialBoard b
                && b.serial().path().equals(port)).findFirst();
    }

    @Override
    public String toString() {
        return "PhoneReader[" + fileName + ", " + phones.size() + " phones]";
    }
}
