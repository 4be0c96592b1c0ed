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

/** Rig files with lab hardware on the network: terminal-server consoles and SNMP PDUs, each mistake at FILE:LINE. */
class NetworkRigFileTest {
    private static final String RIG = """
            name: lab
            credentials: { user: bench, password: "${PW:-x}" }
            power:
              pdu1:
                type: snmp-pdu
                vendor: raritan
                host: 10.0.0.3
                channels: 8
                v3: { user: bench, authPassword: "${PDU_AUTH}", privPassword: "${PDU_PRIV}" }
            phones:
              - name: desk-7970
                model: CP-7970G
                address: 10.0.1.1
                power: { switch: pdu1, channel: 3 }
                console: { port: "rfc2217://10.0.0.4:2001", baud: 115200 }
            """;

    private final Map<String, String> environment = new HashMap<>(
            Map.of("PDU_AUTH", "auth-s3cret", "PDU_PRIV", "priv-s3cret", "COMMUNITY", "c0mmunity"));
    private final RigFile rigFile = new RigFile(Set.of("CP-7970G"), List.of("faithful"), environment::get);

    private Rig parse(String yaml) {
        return rigFile.parse(yaml, Path.of("rigs/test.yaml"));
    }

    private String errorOf(String yaml) {
        return assertThrows(RigConfigurationException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void readsAnSnmpV3PduAndATerminalServerConsole() {
        Rig rig = parse(RIG);
        SwitchSpec.RackPdu pdu = (SwitchSpec.RackPdu) rig.switches().get("pdu1");
        assertEquals(io.phonebench.drivers.power.PduVendor.RARITAN, pdu.vendor());
        assertEquals(new io.phonebench.drivers.power.PduOutlet("pdu1", "10.0.0.3", 161, 1), pdu.outlets().get(0));
        assertEquals(new io.phonebench.drivers.power.SnmpCredentials.User("bench", "auth-s3cret", "priv-s3cret"),
                pdu.credentials());
        assertFalse(pdu.toString().contains("s3cret"), pdu.toString());
        assertEquals("rfc2217://10.0.0.4:2001", rig.phones().get(0).console().orElseThrow().port());
    }

    @Test
    void readsAnSnmpV2cPduOnAnotherPort() {
        Rig rig = parse(RIG.replace("v3: { user: bench, authPassword: \"${PDU_AUTH}\", privPassword: \"${PDU_PRIV}\" }",
                "community: \"${COMMUNITY}\"\n    port: 1161"));
        SwitchSpec.RackPdu pdu = (SwitchSpec.RackPdu) rig.switches().get("pdu1");
        assertEquals(new io.phonebench.drivers.power.SnmpCredentials.Community("c0mmunity"), pdu.credentials());
        assertEquals(1161, pdu.outlets().get(0).snmpPort());
    }

    @Test
    void missingVariableForAnSnmpV3SecretNamesTheLine() {
        environment.remove("PDU_PRIV");
        String message = errorOf(RIG);
        assertTrue(message.startsWith("rigs/test.yaml:9: environment variable PDU_PRIV is not set"), message);
    }

    @Test
    void literalSnmpV3PasswordIsRefused() {
        String message = errorOf(RIG.replace("\"${PDU_AUTH}\"", "hunter2hunter2"));
        assertTrue(message.startsWith("rigs/test.yaml:9: power.pdu1.v3.authPassword: secrets are never literal"),
                message);
        assertFalse(message.contains("hunter2"), message);
    }

    @Test
    void shortSnmpV3PasswordIsRefused() {
        environment.put("PDU_AUTH", "short");
        assertEquals("rigs/test.yaml:9: power.pdu1.v3.authPassword: expected at least 8 characters (RFC 3414),"
                + " found 5", errorOf(RIG));
    }

    @Test
    void unknownVendorIsRefused() {
        String message = errorOf(RIG.replace("vendor: raritan", "vendor: servertech"));
        assertTrue(message.startsWith("rigs/test.yaml:6: power.pdu1.vendor: "), message);
        assertTrue(message.contains("apc") && message.contains("eaton"), message);
    }

    @Test
    void communityOrV3IsRequiredButNotBoth() {
        String neither = errorOf(RIG.replace(
                "    v3: { user: bench, authPassword: \"${PDU_AUTH}\", privPassword: \"${PDU_PRIV}\" }\n", ""));
        assertTrue(neither.startsWith("rigs/test.yaml:5: power.pdu1.community: missing key 'community' or 'v3'"),
                neither);
        String both = errorOf(RIG.replace("    channels: 8\n", "    channels: 8\n    community: \"${COMMUNITY}\"\n"));
        assertTrue(both.startsWith("rigs/test.yaml:10: power.pdu1.v3: write either community"), both);
    }

    @Test
    void unknownV3KeySuggestsTheNearestOne() {
        String message = errorOf(RIG.replace("privPassword:", "privPasword:"));
        assertEquals("rigs/test.yaml:9: power.pdu1.v3: unknown key 'privPasword': did you mean 'privPassword'?",
                message);
    }

    @Test
    void malformedTerminalServerConsoleNamesTheLine() {
        String message = errorOf(RIG.replace("rfc2217://10.0.0.4:2001", "rfc2217://10.0.0.4"));
        assertTrue(message.startsWith("rigs/test.yaml:15: phones[0].console.port: expected rfc2217://HOST:PORT"),
                message);
        String scheme = errorOf(RIG.replace("rfc2217://10.0.0.4:2001", "telnet://10.0.0.4:2001"));
        assertTrue(scheme.startsWith("rigs/test.yaml:15: phones[0].console.port: expected a device path,"
                + " tcp://HOST:PORT or rfc2217://HOST:PORT"), scheme);
    }

    @Test
    void simulatedPduTakesAFaultButNoHost() {
        Rig rig = parse(RIG.replace("type: snmp-pdu", "type: simulated-snmp-pdu").replace("    host: 10.0.0.3\n",
                "    fault: silent\n"));
        assertEquals(Optional.of("silent"), rig.switches().get("pdu1").fault());
        String message = errorOf(RIG.replace("type: snmp-pdu", "type: simulated-snmp-pdu"));
        assertTrue(message.startsWith("rigs/test.yaml:7: power.pdu1: unknown key 'host'"), message);
    }

    @Test
    void readsEthernetRelayBoards() {
        Rig rig = parse(RIG.replace("""
                  pdu1:
                    type: snmp-pdu
                    vendor: raritan
                    host: 10.0.0.3
                    channels: 8
                    v3: { user: bench, authPassword: "${PDU_AUTH}", privPassword: "${PDU_PRIV}" }
                """, """
                  pdu1: { type: http-relay, vendor: kmtronic-lan, url: "http://10.0.0.5", channels: 8 }
                  mb1: { type: modbus-tcp-relay, host: 10.0.0.6, unit: 3, channels: 16 }
                """));
        assertEquals(java.net.URI.create("http://10.0.0.5/"),
                ((SwitchSpec.HttpRelay) rig.switches().get("pdu1")).url());
        SwitchSpec.ModbusRelay modbus = (SwitchSpec.ModbusRelay) rig.switches().get("mb1");
        assertEquals(502, modbus.tcpPort());
        assertEquals(3, modbus.unit());
    }

    @Test
    void ethernetRelayMistakesNameTheLine() {
        String http = RIG.replace("""
                  pdu1:
                    type: snmp-pdu
                    vendor: raritan
                    host: 10.0.0.3
                    channels: 8
                    v3: { user: bench, authPassword: "${PDU_AUTH}", privPassword: "${PDU_PRIV}" }
                """, """
                  pdu1: { type: http-relay, vendor: kmtronic-lan, url: "ftp://10.0.0.5", channels: 8 }
                """);
        assertTrue(errorOf(http).startsWith("rigs/test.yaml:4: power.pdu1.url: expected http://HOST[:PORT]/"),
                errorOf(http));
        String modbus = http.replace("{ type: http-relay, vendor: kmtronic-lan, url: \"ftp://10.0.0.5\", channels: 8 }",
                "{ type: modbus-tcp-relay, host: 10.0.0.6, unit: 300, channels: 8 }");
        assertEquals("rigs/test.yaml:4: power.pdu1.unit: expected a Modbus unit identifier 0..255, found 300",
                errorOf(modbus));
    }
}
