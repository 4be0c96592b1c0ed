package io.phonebench.bench.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.bench.wait.PhoneWait;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.clock.OffsetPhoneClock;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.device.StreamingStatistics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tone to a virtual phone on a driven clock is paced on that clock: the phone's time passes by the tone's length,
 * the phone stamps each packet at its due time as the bench's wire tap does, and the judgement holds the phone to
 * exactly what the wire carried, with nothing of the host's scheduling in either. A phone the bench cannot drive
 * (here a virtual phone the rig does not know is one) gets the tone in real time, as before.
 */
class DrivenToneTest {
    private static final int PHONE_PORT = 24690;
    private static final Duration TONE = Duration.ofMillis(1500);

    @Test
    void aToneToAVirtualPhoneRunsOnItsDrivenClockAndIsJudgedExactly(@TempDir Path dir) throws Exception {
        try (VirtualPhone undriven = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G"))
                .address("127.0.66.11").credentials("bench", "bench").bootTime(Duration.ZERO).build()) {
            undriven.start();
            undriven.awaitReady(Duration.ofSeconds(10));
            Path rig = Files.writeString(dir.resolve("tones.yaml"), """
                    name: tones
                    credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                    serviceHost: { bind: 127.0.66.1, port: 0 }
                    phones:
                      - name: real-7970
                        model: CP-7970G
                        address: 127.0.66.11
                        port: %d
                      - name: virtual-7970
                        model: CP-7970G
                        address: 127.0.66.12
                        port: 0
                        emulated: { profile: faithful }
                    """.formatted(undriven.uri().getPort()));
            try (RigSession session = RigSession.open(RigFile.load(rig), List.of(),
                    new PrintStream(new ByteArrayOutputStream()))) {
                Phone virtual = session.phone("virtual-7970").orElseThrow();
                VirtualPhone device = session.virtualPhone("virtual-7970").orElseThrow();

                OffsetPhoneClock clock = (OffsetPhoneClock) device.clock();
                Duration before = clock.offset();
                Sent clean = send(virtual, link -> link.sendTone(PHONE_PORT, TONE));
                assertFalse(clean.realTime(), "paced on the phone's driven clock");
                assertTrue(clean.verdict().passed(), clean.verdict().summary());
                assertEquals(75, clean.page().rcvrPackets().orElseThrow(), "a 1.5 s tone of 20 ms packets");
                assertEquals(0, clean.page().avgJitter().orElseThrow(), "arrivals at their due times: no jitter");
                assertEquals(0, clean.page().maxJitter().orElseThrow());
                // set back by the tone and a second, then run through from the first packet's due time to the last's
                assertEquals(TONE.plusSeconds(1).negated().plus(Duration.ofMillis(74 * 20)),
                        clock.offset().minus(before));

                Sent lossy = send(virtual, link -> link.sendTone(PHONE_PORT, TONE, 2, 2));
                assertTrue(lossy.verdict().passed(), lossy.verdict().summary());
                assertEquals(lossy.wire(), lossy.page().rcvrPackets().orElseThrow(), "what the wire carried");
                assertTrue(lossy.wire() < 75, "2 % loss dropped packets: " + lossy.wire());

                Phone real = session.phone("real-7970").orElseThrow();
                Sent realTime = send(real, link -> link.sendTone(PHONE_PORT, Duration.ofMillis(200)));
                assertTrue(realTime.realTime(), "a phone whose clock the bench cannot drive gets the tone in real time");
                assertEquals(10, realTime.page().rcvrPackets().orElseThrow());
            }
        }
    }

    private record Sent(Verdict verdict, StreamingStatistics page, long wire, boolean realTime) {
    }

    private static Sent send(Phone phone, java.util.function.Function<RtpLink, RtpLink.Transmission> tone) {
        try (RtpLink link = RtpLink.open(phone)) {
            phone.execute(link.receiveUri(PHONE_PORT));
            try {
                RtpLink.Transmission sent = tone.apply(link);
                StreamingStatistics page = awaitCounted(phone, sent.packetsOnTheWire());
                return new Sent(sent.judge(page), page, sent.packetsOnTheWire(), sent.realTime());
            } finally {
                phone.execute("RTPRx:Stop");
            }
        }
    }

    /** The phone's page once it has counted what the wire carried (at once when paced, bounded in real time). */
    private static StreamingStatistics awaitCounted(Phone phone, long packets) {
        return PhoneWait.until(phone.name() + " to count " + packets + " packet(s)",
                        () -> phone.control().streamingStatistics(1), page -> page.rcvrPackets().orElse(0) >= packets)
                .withTimeout(Duration.ofSeconds(5)).pollingEvery(Duration.ofMillis(50)).awaitResult().last();
    }
}
