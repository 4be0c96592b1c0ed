package io.phonebench.bench.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every value of a power switch is parsed when the rig loads; nothing is left to parse at session open. */
class SwitchValuesAtLoadTest {
    private static final String RIG = """
            name: lab
            credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
            power:
              board1: SWITCH
            phones:
              - { name: desk, model: CP-7960G, address: 10.20.0.61, power: { switch: board1, channel: 2 } }
            """;

    private final Map<String, String> environment = new HashMap<>(Map.of("COMMUNITY", "private-xyz"));
    private final RigFile rigFile = new RigFile(Set.of("CP-7960G"), List.of("faithful"), environment::get);

    private Rig parse(String switchEntry) {
        return rigFile.parse(RIG.replace("SWITCH", switchEntry), Path.of("rigs/lab.yaml"));
    }

    private String errorOf(String switchEntry) {
        return assertThrows(RigConfigurationException.class, () -> parse(switchEntry)).getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.2:abc", "10.0.0.2:", "10.0.0.2:70000", "[2001:db8::5]x", "[2001:db8::5"})
    void poeSwitchAddressThatDoesNotParseIsRefusedAtLoad(String host) {
        String message = errorOf("{ type: poe-snmp, host: \"" + host + "\", community: \"${COMMUNITY}\","
                + " channels: 24 }");
        assertTrue(message.startsWith("rigs/lab.yaml:4: power.board1.host: expected HOST, HOST:PORT or [IPv6]:PORT"
                + " (port 1..65535, 161 by default)"), message);
    }

    @Test
    void poeSwitchAddressMayBeIpv6WithAPort() {
        Rig rig = parse("{ type: poe-snmp, host: \"[2001:db8::5]:1161\", community: \"${COMMUNITY}\", channels: 24 }");
        SwitchSpec.PoeSwitch poe = (SwitchSpec.PoeSwitch) rig.switches().get("board1");
        assertEquals(new io.phonebench.drivers.power.PoePort("2001:db8::5", 1161, 1, 2), poe.ports().get(1));
    }

    @Test
    void poeSwitchAddressWithoutAPortUsesSnmp161() {
        Rig rig = parse("{ type: poe-snmp, host: 10.0.0.2, community: \"${COMMUNITY}\", channels: 24 }");
        SwitchSpec.PoeSwitch poe = (SwitchSpec.PoeSwitch) rig.switches().get("board1");
        assertEquals(new io.phonebench.drivers.power.PoePort("10.0.0.2", 161, 1, 1), poe.ports().get(0));
    }

    @Test
    void gpioPinOutsideTheHeadersBcmRangeIsRefusedAtLoad() {
        String message = errorOf("{ type: gpio, provider: mock, pins: [17, 40] }");
        assertEquals("rigs/lab.yaml:4: power.board1.pins: expected a BCM pin number 0..27 (the GPIOs of the"
                + " Raspberry Pi's 40-pin header), found 40", message);
    }

    @Test
    void gpioLineRefusesWhatTheRigRefuses() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new io.phonebench.drivers.power.GpioLine(40, false));
        assertTrue(error.getMessage().contains("0..27"), error.getMessage());
    }

    @Test
    void serialBoardHoldsItsLineWithTheRigsBaud() {
        Rig rig = parse("{ type: kmtronic, port: /dev/ttyUSB0, channels: 4, baud: 19200 }");
        SwitchSpec.SerialBoard board = (SwitchSpec.SerialBoard) rig.switches().get("board1");
        assertEquals(new io.phonebench.drivers.serial.SerialLine("/dev/ttyUSB0", 19200), board.serial());
    }

    @Test
    void numatoBoardDefaultsToTheDocumented19200Baud() {
        Rig rig = parse("{ type: numato, port: /dev/ttyACM0, channels: 4 }");
        assertEquals(19200, ((SwitchSpec.SerialBoard) rig.switches().get("board1")).serial().baud());
    }
}
