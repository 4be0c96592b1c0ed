package io.phonebench.bench.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values that used to pass the loader and fail (or leak) at run time: each is refused at load with FILE:LINE, the
 * key, what was expected and what was found.
 */
@Tag("reliability")
class RigValuesAtLoadTest {
    private static final String RIG = """
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
            """;

    private final Map<String, String> environment = new HashMap<>();
    private final RigFile rigFile = new RigFile(Set.of("CP-7970G"),
            List.of("faithful", "slow-boot", "hangs-after-pushes"), environment::get);

    private String errorOf(String yaml) {
        return assertThrows(RigConfigurationException.class, () -> rigFile.parse(yaml, Path.of("rigs/t.yaml")))
                .getMessage();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone.lab", "2001:db8::5", "10.20.0.31:80", "\"10.20.0.31 \"", "\"10.20 .0.31\"",
            "256.1.1.1", "10.20.0"})
    void phoneAddressIsAnIpv4Literal(String address) {
        String message = errorOf(RIG.replace("address: 127.0.1.1", "address: " + address));
        assertTrue(message.startsWith("rigs/t.yaml:9: phones[0].address: expected an IPv4 address such as "),
                message);
    }

    @Test
    void phoneAddressWithAPortSaysWhereThePortGoes() {
        String message = errorOf(RIG.replace("address: 127.0.1.1", "address: 10.20.0.31:8080"));
        assertTrue(message.endsWith("found '10.20.0.31:8080' (the port goes under its own key, port:)"), message);
    }

    @Test
    void phoneAddressThatIsAHostNameSaysItIsNotResolved() {
        String message = errorOf(RIG.replace("address: 127.0.1.1", "address: phone.lab"));
        assertTrue(message.contains("a host name is not resolved"), message);
    }

    @Test
    void channelCountBeyondTheBoardIsRefused() {
        String message = errorOf(RIG.replace("channels: 4", "channels: 64"));
        assertEquals("rigs/t.yaml:5: power.board1.channels: expected at most 8 channels on a simulated-lcus board,"
                + " found 64", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hangs-after-pushes:0", "hangs-after-pushes:x", "hangs-after-pushes:-1",
            "hangs-after-pushes:1234567", "hangs-after-pushes:"})
    void profileCountIsAPositiveWholeNumber(String profile) {
        String message = errorOf(RIG.replace("profile: faithful", "profile: \"" + profile + "\""));
        assertTrue(message.startsWith("rigs/t.yaml:11: phones[0].emulated.profile: expected hangs-after-pushes:N"
                + " with N a whole number 1..999999"), message);
    }

    @Test
    void profileWithoutACountTakesNone() {
        String message = errorOf(RIG.replace("profile: faithful", "profile: \"slow-boot:3\""));
        assertEquals("rigs/t.yaml:11: phones[0].emulated.profile: firmware profile 'slow-boot' takes no count:"
                + " write slow-boot", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tmp/x", "../../..", "desk 1", ".hidden", "a..b", "desk\\u0007", "x/y"})
    void phoneNameIsASafeFileNameComponent(String name) {
        String message = errorOf(RIG.replace("name: desk-7970", "name: \"" + name + "\""));
        assertTrue(message.startsWith("rigs/t.yaml:7: phones[0].name: expected a name of letters, digits"), message);
        assertFalse(message.contains("\u0007"), "control characters are escaped: " + message);
    }

    @Test
    void rigNameIsASafeFileNameComponent() {
        String message = errorOf(RIG.replace("name: virtual", "name: ../../etc"));
        assertTrue(message.startsWith("rigs/t.yaml:1: name: expected a name of letters, digits"), message);
    }

    @Test
    void switchNameIsASafeFileNameComponent() {
        String message = errorOf(RIG.replace("board1", "\"board/1\""));
        assertTrue(message.startsWith("rigs/t.yaml:5: power.board/1: switch name: expected a name of letters"),
                message);
    }

    @Test
    void overLongNameIsRefused() {
        String message = errorOf(RIG.replace("name: desk-7970", "name: " + "d".repeat(65)));
        assertEquals("rigs/t.yaml:7: phones[0].name: expected a name of at most 64 characters, found one of 65",
                message);
    }

    @Test
    void nameOfExactly64SafeCharactersIsAccepted() {
        String name = "d".repeat(60) + "-7.x";
        assertEquals(name, rigFile.parse(RIG.replace("name: desk-7970", "name: " + name), Path.of("t.yaml"))
                .phones().get(0).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench.lab", "::1", "0.0.0.0:8080", "10.0.0"})
    void serviceHostBindIsAnIpv4Literal(String bind) {
        String message = errorOf(RIG.replace("bind: 127.0.0.1", "bind: \"" + bind + "\""));
        assertTrue(message.startsWith("rigs/t.yaml:3: serviceHost.bind: expected an IPv4 address"), message);
    }

    @Test
    void bindFromAPlaceholderIsCheckedAndQuotedAsWritten() {
        environment.put("SERVICE_ADDRESS", "not-an-address-s3cret");
        String message = errorOf(RIG.replace("bind: 127.0.0.1", "bind: \"${SERVICE_ADDRESS}\""));
        assertTrue(message.contains("found '${SERVICE_ADDRESS}', whose value is not one"), message);
        assertFalse(message.contains("s3cret"), message);
    }

    @Test
    void bindMayComeFromAPlaceholder() {
        environment.put("SERVICE_ADDRESS", "10.20.0.5");
        assertEquals("10.20.0.5", rigFile.parse(RIG.replace("bind: 127.0.0.1", "bind: \"${SERVICE_ADDRESS}\""),
                Path.of("t.yaml")).serviceHost().bind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1.5", "true", "\"hunter2${X:-}\"", "\"${X:-}hunter2\"", "\"${A}${B}\"",
            "[a]", "hunter2"})
    void secretIsExactlyOnePlaceholder(String password) {
        String message = errorOf(RIG.replace("\"${PHONEBENCH_PASSWORD:-bench}\"", password));
        assertTrue(message.startsWith("rigs/t.yaml:2: credentials.password: secrets are never literal"), message);
        assertFalse(message.contains("hunter2") || message.contains("12345678"), message);
    }

    @Test
    void placeholderInANameIsRefusedWithoutResolvingIt() {
        environment.put("PHONEBENCH_PASSWORD", "pw-s3cret");
        String message = errorOf(RIG.replace("name: desk-7970", "name: \"${PHONEBENCH_PASSWORD}\""));
        assertTrue(message.startsWith("rigs/t.yaml:7: phones[0].name: found '${PHONEBENCH_PASSWORD}', but ${...}"
                + " placeholders are allowed only in"), message);
        assertFalse(message.contains("pw-s3cret"), message);
    }

    @Test
    void placeholderInAnAddressIsRefusedWithoutResolvingIt() {
        environment.put("PHONEBENCH_PASSWORD", "pw-s3cret");
        String message = errorOf(RIG.replace("address: 127.0.1.1", "address: \"${PHONEBENCH_PASSWORD:-x}\""));
        assertTrue(message.startsWith("rigs/t.yaml:9: phones[0].address: found '${PHONEBENCH_PASSWORD:-x}'"),
                message);
        assertFalse(message.contains("pw-s3cret"), message);
    }

    @Test
    void placeholderInANumberIsRefusedWithoutResolvingIt() {
        environment.put("PHONEBENCH_PASSWORD", "12345678");
        String message = errorOf(RIG.replace("channel: 1", "channel: \"${PHONEBENCH_PASSWORD}\""));
        assertTrue(message.contains("phones[0].power.channel: found '${PHONEBENCH_PASSWORD}'"), message);
        assertFalse(message.contains("12345678"), message);
    }

    @Test
    void rigFileOverOneMebibyteIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = Files.writeString(dir.resolve("big.yaml"),
                RIG + "# " + "x".repeat(RigFile.MAX_BYTES) + "\n");
        String message = assertThrows(RigConfigurationException.class, () -> rigFile.read(big)).getMessage();
        assertEquals(big + ":1: the rig file is larger than 1024 KiB: a rig file lists a rack's phones and switches"
                + " in a few KiB; is this the right file?", message);
    }

    @Test
    void deviceInsteadOfARigFileIsRefusedUnread() {
        Path zero = Path.of("/dev/zero");
        String message = assertThrows(RigConfigurationException.class, () -> rigFile.read(zero)).getMessage();
        assertTrue(message.startsWith("/dev/zero:1: not a regular file"), message);
    }

    @Test
    void fifoWithoutAWriterIsRefusedWithoutBlocking(@TempDir Path dir) throws Exception {
        Path fifo = FifoDeadline.make(dir.resolve("rig.yaml"));

        String message = FifoDeadline.within(fifo, () -> assertThrows(RigConfigurationException.class,
                () -> rigFile.read(fifo)).getMessage());

        assertEquals(fifo + ":1: not a regular file (a FIFO, device or directory): give the path of a rig file,"
                + " e.g. rigs/virtual.yaml", message);
    }
}
