package io.phonebench.bench.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RigFileTest {
    private static final String DESIGN_EXAMPLE = """
            name: virtual
            credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
            serviceHost: { bind: 127.0.0.1, port: 0 }
            power:
              board1: { type: simulated-lcus, channels: 4 }
            phones:
              - name: desk-7970
                model: CP-7970G
                address: 127.0.1.1
                port: 0
                emulated: { profile: faithful }
                power: { switch: board1, channel: 1 }
                console: { port: simulated, baud: 115200 }
            """;

    private final Map<String, String> environment = new HashMap<>();
    private final RigFile rigFile = new RigFile(Set.of("CP-7970G", "CP-7960G", "CP-8861"),
            List.of("faithful", "slow-boot", "hangs-after-pushes"), environment::get);

    private Rig parse(String yaml) {
        return rigFile.parse(yaml, Path.of("rigs/test.yaml"));
    }

    private String errorOf(String yaml) {
        return assertThrows(RigConfigurationException.class, () -> parse(yaml)).getMessage();
    }

    private static String withPhones(String phones) {
        return """
                name: lab
                credentials: { user: bench, password: "${PW:-x}" }
                power:
                  board1: { type: simulated-lcus, channels: 4 }
                phones:
                """ + phones;
    }

    @Test
    void readsTheDesignExample() {
        Rig rig = parse(DESIGN_EXAMPLE);

        assertEquals("virtual", rig.name());
        assertEquals(new ServiceHostSpec("127.0.0.1", 0), rig.serviceHost());
        SwitchSpec board = rig.switches().get("board1");
        assertEquals("simulated-lcus", board.typeName());
        assertEquals(4, board.channels());
        PhoneSpec phone = rig.phone("desk-7970").orElseThrow();
        assertEquals("CP-7970G", phone.model());
        assertEquals("127.0.1.1", phone.address());
        assertEquals(Optional.of("faithful"), phone.emulatedProfile());
        assertEquals(Optional.of(new PowerSpec("board1", 1)), phone.power());
        assertTrue(phone.console().orElseThrow().simulated());
        assertEquals(7, phone.line());
        assertEquals(Optional.of(board), rig.switchOf(phone));
    }

    @Test
    void placeholderTakesItsDefaultWhenTheVariableIsUnset() {
        assertEquals("bench", parse(DESIGN_EXAMPLE).credentials().password());
    }

    @Test
    void placeholderTakesTheEnvironmentValueWhenSet() {
        environment.put("PHONEBENCH_PASSWORD", "s3cret");
        assertEquals("s3cret", parse(DESIGN_EXAMPLE).credentials().password());
    }

    @Test
    void missingVariableWithoutDefaultNamesTheLine() {
        String message = errorOf(DESIGN_EXAMPLE.replace("${PHONEBENCH_PASSWORD:-bench}", "${LAB_PW}"));
        assertTrue(message.startsWith("rigs/test.yaml:2: environment variable LAB_PW is not set"), message);
    }

    @Test
    void passwordNeverAppearsInToString() {
        environment.put("PHONEBENCH_PASSWORD", "s3cret");
        Rig rig = parse(DESIGN_EXAMPLE);
        assertFalse(rig.toString().contains("s3cret"), rig.toString());
        assertFalse(rig.credentials().toString().contains("s3cret"));
    }

    @Test
    void refusesALiteralPassword() {
        String message = errorOf(DESIGN_EXAMPLE.replace("\"${PHONEBENCH_PASSWORD:-bench}\"", "hunter2"));
        assertTrue(message.startsWith("rigs/test.yaml:2: credentials.password: secrets are never literal"), message);
        assertFalse(message.contains("hunter2"), message);
    }

    @Test
    void unknownKeySuggestsTheNearestKnownOne() {
        String message = errorOf(DESIGN_EXAMPLE.replace("channels: 4", "chanels: 4"));
        assertEquals("rigs/test.yaml:5: power.board1: unknown key 'chanels': did you mean 'channels'?", message);
    }

    @Test
    void unknownTopLevelKeyIsNamedWithItsLine() {
        String message = errorOf(DESIGN_EXAMPLE + "phonez: []\n");
        assertEquals("rigs/test.yaml:14: unknown key 'phonez': did you mean 'phones'?", message);
    }

    @Test
    void missingFieldNamesTheEntryLine() {
        String message = errorOf(withPhones("""
                  - name: a
                    address: 127.0.1.1
                """));
        assertEquals("rigs/test.yaml:6: phones[0]: missing key 'model'", message);
    }

    @Test
    void wrongTypeSaysWhatWasExpectedAndFound() {
        String message = errorOf(DESIGN_EXAMPLE.replace("channels: 4", "channels: four"));
        assertEquals("rigs/test.yaml:5: power.board1.channels: expected a whole number, found 'four'", message);
    }

    @Test
    void channelUsedTwiceNamesBothPhones() {
        String message = errorOf(withPhones("""
                  - { name: a, model: CP-7970G, address: 10.0.0.1, power: { switch: board1, channel: 2 } }
                  - { name: b, model: CP-7960G, address: 10.0.0.2, power: { switch: board1, channel: 2 } }
                """));
        assertEquals("rigs/test.yaml:7: phones[1].power.channel: channel 2 of board1 already powers phone 'a' "
                + "(line 6)", message);
    }

    @Test
    void switchNameMustExist() {
        String message = errorOf(withPhones("""
                  - { name: a, model: CP-7970G, address: 10.0.0.1, power: { switch: board2, channel: 1 } }
                """));
        assertEquals("rigs/test.yaml:6: phones[0].power.switch: no switch named 'board2' under power:: did you mean "
                + "'board1'?", message);
    }

    @Test
    void channelOutsideTheBoardIsRefused() {
        String message = errorOf(withPhones("""
                  - { name: a, model: CP-7970G, address: 10.0.0.1, power: { switch: board1, channel: 5 } }
                """));
        assertTrue(message.contains("phones[0].power.channel: expected a channel 1..4 of board1"), message);
    }

    @Test
    void unknownModelSuggestsACatalogModel() {
        String message = errorOf(DESIGN_EXAMPLE.replace("CP-7970G", "CP-7970"));
        assertEquals("rigs/test.yaml:8: phones[0].model: unknown model 'CP-7970': did you mean 'CP-7970G'?", message);
    }

    @Test
    void unknownRelayTypeListsOrSuggests() {
        String message = errorOf(DESIGN_EXAMPLE.replace("simulated-lcus", "lcus-usb-mystery"));
        assertTrue(message.startsWith("rigs/test.yaml:5: power.board1.type: unknown relay type 'lcus-usb-mystery'"),
                message);
        assertTrue(message.contains("simulated-lcus"), message);
    }

    @Test
    void unknownProfileIsRefused() {
        String message = errorOf(DESIGN_EXAMPLE.replace("faithful", "faithfull"));
        assertEquals("rigs/test.yaml:11: phones[0].emulated.profile: unknown firmware profile 'faithfull': did you "
                + "mean 'faithful'?", message);
    }

    @Test
    void profileMayCarryACount() {
        Rig rig = parse(DESIGN_EXAMPLE.replace("faithful", "hangs-after-pushes:3"));
        assertEquals(Optional.of("hangs-after-pushes:3"), rig.phones().get(0).emulatedProfile());
    }

    @Test
    void simulatedBoardMayCarryAFault() {
        Rig rig = parse(DESIGN_EXAMPLE.replace("channels: 4 }", "channels: 4, fault: silent }"));
        assertEquals(Optional.of("silent"), rig.switches().get("board1").fault());
    }

    @Test
    void baudRateZeroIsRefused() {
        String message = errorOf(DESIGN_EXAMPLE.replace("baud: 115200", "baud: 0"));
        assertEquals("rigs/test.yaml:13: phones[0].console.baud: expected a positive baud rate such as 115200, "
                + "found 0", message);
    }

    @Test
    void duplicatePhoneNamesAreRefused() {
        String message = errorOf(withPhones("""
                  - { name: a, model: CP-7970G, address: 10.0.0.1 }
                  - { name: a, model: CP-7960G, address: 10.0.0.2 }
                """));
        assertEquals("rigs/test.yaml:7: phones[1].name: phone name 'a' is already used on line 6", message);
    }

    @Test
    void duplicatePhoneAddressesAreRefused() {
        String message = errorOf(withPhones("""
                  - { name: a, model: CP-7970G, address: 10.0.0.1 }
                  - { name: b, model: CP-7960G, address: 10.0.0.1 }
                """));
        assertEquals("rigs/test.yaml:7: phones[1].address: address 10.0.0.1 is already phone 'a' (line 6)", message);
    }

    @Test
    void portZeroOnlyForEmulatedPhones() {
        String message = errorOf(withPhones("""
                  - { name: a, model: CP-7970G, address: 10.0.0.1, port: 0 }
                """));
        assertTrue(message.startsWith("rigs/test.yaml:6: phones[0].port: expected a TCP port 1..65535"), message);
    }

    @Test
    void duplicateKeyIsRefusedWithBothLines() {
        String message = errorOf(DESIGN_EXAMPLE.replace("    port: 0\n", "    port: 0\n    port: 1\n"));
        assertEquals("rigs/test.yaml:11: key 'port' appears twice in this mapping (first on line 10)", message);
    }

    @Test
    void invalidYamlNamesTheLine() {
        String message = errorOf("name: x\nphones: [\n  - a\n");
        assertTrue(message.startsWith("rigs/test.yaml:"), message);
        assertTrue(message.contains("not valid YAML"), message);
    }

    @Test
    void serialRelayBoardNeedsItsPort() {
        String message = errorOf(DESIGN_EXAMPLE.replace("simulated-lcus", "lcus"));
        assertEquals("rigs/test.yaml:5: power.board1: missing key 'port'", message);
    }

    @Test
    void gpioSwitchMapsChannelsToPins() {
        Rig rig = parse(DESIGN_EXAMPLE.replace("{ type: simulated-lcus, channels: 4 }",
                "{ type: gpio, provider: mock, pins: [17, 27], activeLow: true, safeState: off }"));
        SwitchSpec.GpioSwitch gpio = (SwitchSpec.GpioSwitch) rig.switches().get("board1");
        assertEquals(List.of(new io.phonebench.drivers.power.GpioLine(17, true),
                new io.phonebench.drivers.power.GpioLine(27, true)), gpio.lines());
        assertEquals(2, gpio.channels());
        assertFalse(gpio.safeOn());
    }

    @Test
    void snmpCommunityIsASecretHiddenFromToString() {
        environment.put("COMMUNITY", "private-xyz");
        Rig rig = parse(DESIGN_EXAMPLE.replace("{ type: simulated-lcus, channels: 4 }",
                "{ type: poe-snmp, host: 10.0.0.2, community: \"${COMMUNITY}\", channels: 24 }"));
        SwitchSpec.PoeSwitch poe = (SwitchSpec.PoeSwitch) rig.switches().get("board1");
        assertEquals("private-xyz", poe.community());
        assertFalse(poe.toString().contains("private-xyz"), poe.toString());
    }

    @Test
    void placeholderMayProvideTheUser() {
        environment.put("LAB_USER", "pbench");
        Rig rig = parse(DESIGN_EXAMPLE.replace("user: bench", "user: \"${LAB_USER:-bench}\""));
        assertEquals("pbench", rig.credentials().user());
    }

    @Test
    void unknownPhoneNameIsAConfigurationError() {
        Rig rig = parse(DESIGN_EXAMPLE);
        String message = assertThrows(RigConfigurationException.class, () -> rig.phones(List.of("desk-9999")))
                .getMessage();
        assertTrue(message.contains("no phone 'desk-9999'") && message.contains("desk-7970"), message);
    }

    @Test
    void aPhoneNamedTwiceIsAConfigurationError() {
        Rig rig = parse(DESIGN_EXAMPLE);
        String message = assertThrows(RigConfigurationException.class,
                () -> rig.phones(List.of("desk-7970", "desk-7970"))).getMessage();
        assertTrue(message.contains("'desk-7970' is named twice"), message);
    }

    @Test
    void serviceHostMayListAliasAddresses() {
        Rig rig = parse(DESIGN_EXAMPLE.replace("serviceHost: { bind: 127.0.0.1, port: 0 }",
                "serviceHost: { bind: 127.0.0.1, port: 0, aliases: [127.0.0.2, 127.0.0.3] }"));
        assertEquals(new ServiceHostSpec("127.0.0.1", 0, List.of("127.0.0.2", "127.0.0.3")), rig.serviceHost());
    }

    @Test
    void aliasThatIsNoAddressIsRefusedWithItsLine() {
        String message = errorOf(DESIGN_EXAMPLE.replace("serviceHost: { bind: 127.0.0.1, port: 0 }", """
                serviceHost:
                  bind: 127.0.0.1
                  aliases:
                    - 127.0.0.2
                    - services.lab"""));
        assertEquals("rigs/test.yaml:7: serviceHost.aliases: expected an IPv4 address such as 127.0.0.2, found "
                + "'services.lab' (a host name is not resolved: write its IPv4 address)", message);
    }

    @Test
    void ipv6AliasIsRefusedWithItsLineAndWhy() {
        String message = errorOf(DESIGN_EXAMPLE.replace("serviceHost: { bind: 127.0.0.1, port: 0 }", """
                serviceHost:
                  bind: 127.0.0.1
                  aliases:
                    - 127.0.0.2
                    - "::1"
                """.stripTrailing()));
        assertTrue(message.startsWith("rigs/test.yaml:7: serviceHost.aliases: expected an IPv4 address such as"
                + " 127.0.0.2, found '::1' (IPv6 is not supported"), message);
        assertTrue(message.contains("phones fetch services over IPv4"), message);
    }

    @Test
    void aliasRepeatingTheBindAddressIsRefused() {
        String message = errorOf(DESIGN_EXAMPLE.replace("serviceHost: { bind: 127.0.0.1, port: 0 }",
                "serviceHost: { bind: 127.0.0.1, aliases: [127.0.0.2, 127.0.0.1] }"));
        assertEquals("rigs/test.yaml:3: serviceHost.aliases: expected each address once and not the bind address "
                + "127.0.0.1, found 127.0.0.1 again", message);
    }
}
