package io.phonebench.bench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.screen.ScreenComparison;
import io.phonebench.bench.screen.Tolerance;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test starts from one clean state whatever the test before left: the per-test reset ends the cookie sessions a
 * phone holds (a 7960 keeps its session when the application closes, so closing it is not enough), on a phone the
 * rig does not know is virtual as on a virtual one; it clears a Status object with Init:AppStatus; and a phone whose
 * firmware ignores Init:AppStatus is power cycled before the next test, not left for every later screen to fail on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CleanStartTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private VirtualPhone outside;
    private RigSession session;

    @BeforeAll
    void openRig(@TempDir Path dir) throws Exception {
        outside = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7960G")).address("127.0.7.21")
                .credentials("bench", "bench").bootTime(Duration.ZERO).build();
        outside.start();
        outside.awaitReady(Duration.ofSeconds(10));
        Path rig = Files.writeString(dir.resolve("lab.yaml"), """
                name: clean-start
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0, aliases: [127.0.0.2] }
                power:
                  board1: { type: simulated-numato, channels: 2 }
                phones:
                  - name: real-7960
                    model: CP-7960G
                    address: 127.0.7.21
                    port: %d
                  - name: faithful-7970
                    model: CP-7970G
                    address: 127.0.7.22
                    port: 0
                    emulated: { profile: faithful }
                    power: { switch: board1, channel: 1 }
                  - name: stuck-status-7970
                    model: CP-7970G
                    address: 127.0.7.23
                    port: 0
                    emulated: { profile: ignores-init-appstatus }
                    power: { switch: board1, channel: 2 }
                """.formatted(outside.uri().getPort()));
        session = RigSession.open(RigFile.load(rig), List.of(), new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterAll
    void closeRig() {
        if (session != null) {
            session.close();
        }
        if (outside != null) {
            outside.close();
        }
    }

    @Test
    void endsTheCookieSessionsATestLeftOnBothHostNames() {
        Phone phone = session.phone("real-7960").orElseThrow();
        phone.prepareForTest();
        phone.services().mount("/clean/set", ServiceResponse.xml(new CiscoIPPhoneText("T", "", "set"))
                .withCookie("sid=1").withCookie("pref=blue"));
        phone.services().mount("/clean/check", new CiscoIPPhoneText("T", "", "check"));
        phone.execute(phone.services().url("/clean/set"));
        phone.execute(phone.services().url("/clean/set", 0));
        phone.execute("Init:Services");    // a 7960 keeps its session when the application closes
        assertEquals(Optional.of("sid=1; pref=blue"), cookieOfCheck(phone, phone.services().url("/clean/check")));

        phone.prepareForTest();

        phone.services().mount("/clean/check", new CiscoIPPhoneText("T", "", "check"));
        assertEquals(Optional.empty(), cookieOfCheck(phone, phone.services().url("/clean/check")));
        assertEquals(Optional.empty(), cookieOfCheck(phone, phone.services().url("/clean/check", 0)));
        assertEquals(List.of(), phone.expected().cookieHosts(), "the reference model's sessions end too");
        assertEquals(0, phone.isolationCycles(), "a phone that ends its session when asked needs no power cycle");
    }

    @Test
    void clearsAStatusObjectWithInitAppStatusWithoutAPowerCycle() throws Exception {
        Phone phone = session.phone("faithful-7970").orElseThrow();
        phone.prepareForTest();
        phone.push(status());

        phone.prepareForTest();

        assertEquals(0, phone.isolationCycles());
        assertTrue(phone.expected().statusObject().isEmpty());
        assertIdle(phone);
    }

    @Test
    void powerCyclesAPhoneWhoseStatusObjectInitAppStatusDoesNotClear() throws Exception {
        Phone phone = session.phone("stuck-status-7970").orElseThrow();
        phone.prepareForTest();
        phone.push(status());

        phone.prepareForTest();

        assertEquals(1, phone.isolationCycles(), "the status window stayed: one power cycle before the next test");
        assertEquals(0, phone.strategy().recoveries(), "an isolation power cycle is not the run's one recovery");
        assertIdle(phone);

        phone.prepareForTest();
        assertEquals(1, phone.isolationCycles(), "nothing left on the screen: no further power cycle");
    }

    private static CiscoIPPhoneStatus status() {
        int[] pixels = new int[16 * 8];
        java.util.Arrays.setAll(pixels, i -> (i / 3) % 4);
        return new CiscoIPPhoneStatus("Recording", null, 0, 0, CipBitmap.pack(16, 8, 2, pixels));
    }

    private static Optional<String> cookieOfCheck(Phone phone, String url) {
        int before = checks(phone).size();
        phone.execute(url);
        List<RecordedRequest> seen = phone.services().journal().await(r -> r.path().equals("/clean/check"),
                before + 1, WAIT);
        return seen.get(seen.size() - 1).header("Cookie");
    }

    private static List<RecordedRequest> checks(Phone phone) {
        return phone.services().journal().all().stream().filter(r -> r.path().equals("/clean/check")).toList();
    }

    private static void assertIdle(Phone phone) throws Exception {
        BufferedImage expected = ImageIO.read(new ByteArrayInputStream(phone.expected().screenshot()));
        var difference = ScreenComparison.compare(expected, phone.client().screenshot(), List.of(), Tolerance.EXACT);
        assertTrue(difference.matches(), difference.summary());
    }
}
