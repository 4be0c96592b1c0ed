package io.phonebench.bench.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Outcome;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.rtp.ReceptionReport;
import io.phonebench.protocol.rtp.TimelineSample;
import io.phonebench.drivers.host.SchedulingNoise;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("reliability")
class RtpJudgementTest {
    /** The bench sent 98 of 100 packets (2 % loss) with 10 ms jitter on the wire. */
    private static final ReceptionReport WIRE = new ReceptionReport(1, 98, 98 * 160, 100, 2, 1099, 80, 10, 14, 0, 0, 0);
    private static final List<TimelineSample> TIMELINE = List.of(new TimelineSample(0, 49, 1, 2, 9.5),
            new TimelineSample(1, 49, 1, 2, 10));

    private final RtpComparison comparison = new RtpComparison();

    private static StreamFigures phone(double rcvrPackets, double lost, double avgJitter, double maxJitter) {
        return new StreamFigures("desk-7970 slot 1", 0, 0, rcvrPackets, rcvrPackets * 160, lost, avgJitter, maxJitter);
    }

    @Test
    void passesAPhoneWhoseFiguresAreWithinTolerance() {
        RtpJudgement j = comparison.judgeReception("RTP bench -> desk-7970", phone(97, 2, 11.9, 12), WIRE, TIMELINE);

        assertTrue(j.passed(), j.table());
        assertEquals(6, j.checks().size());
    }

    @Test
    void failsLossMoreThanHalfAPointOff() {
        RtpJudgement j = comparison.judgeReception("RTP bench -> desk-7970", phone(97.5, 2.6, 10, 14), WIRE,
                TIMELINE);

        assertEquals(List.of("loss"), j.failures().stream().map(FigureCheck::figure).toList());
        assertEquals("loss: expected 2 ±0.50 %, phone reported 2.60", j.failures().get(0).describe());
    }

    @Test
    void failsJitterMoreThanTwoMillisecondsOff() {
        RtpJudgement j = comparison.judgeReception("RTP bench -> desk-7970", phone(98, 2, 12.5, 14), WIRE, TIMELINE);

        assertEquals(List.of("AvgJitter"), j.failures().stream().map(FigureCheck::figure).toList());
    }

    @Test
    void failsAFigureThePhoneDidNotReport() {
        StreamingStatistics page = new StreamingStatistics(Map.of("RcvrPackets", "98", "RcvrOctets", "15680",
                "RcvrLostPackets", "2", "MaxJitter", "14"));

        RtpJudgement j = comparison.judgeReception("RTP", StreamFigures.of("desk", page), WIRE, TIMELINE);

        assertEquals(List.of("AvgJitter"), j.failures().stream().map(FigureCheck::figure).toList());
        assertEquals("AvgJitter: expected 10 ±2 ms, phone reported nothing", j.failures().get(0).describe());
    }

    @Test
    void judgesTransmissionCountsAgainstTheSequenceNumbersSeen() {
        ReceptionReport seen = new ReceptionReport(1, 45, 45 * 160, 50, 5, 1049, 0, 0, 0, 0, 0, 0);

        RtpJudgement ok = comparison.judgeTransmission("RTP desk -> bench",
                new StreamFigures("desk", 51, 51 * 160, 0, 0, 0, 0, 0), seen, List.of());
        RtpJudgement off = comparison.judgeTransmission("RTP desk -> bench",
                new StreamFigures("desk", 53, 53 * 160, 0, 0, 0, 0, 0), seen, List.of());

        assertTrue(ok.passed(), ok.table());
        assertEquals(List.of("SenderPackets", "SenderOctets"),
                off.failures().stream().map(FigureCheck::figure).toList());
    }

    @Test
    void tabulatesBenchAgainstPhoneForEveryFigure() {
        String table = comparison.judgeReception("RTP bench -> desk-7970", phone(98, 2, 12.5, 14), WIRE, TIMELINE)
                .table();

        List<String> lines = table.lines().toList();
        assertEquals("RTP bench -> desk-7970", lines.get(0));
        assertTrue(lines.get(1).matches("figure\\s+bench\\s+phone\\s+tolerance\\s+unit\\s+result"), lines.get(1));
        assertTrue(lines.get(2).matches("RcvrPackets\\s+98\\s+98\\s+±1\\s+packets\\s+pass"), lines.get(2));
        assertTrue(lines.get(6).matches("AvgJitter\\s+10\\s+12\\.50\\s+±2\\s+ms\\s+FAIL"), lines.get(6));
        assertEquals(8, lines.size());
    }

    @Test
    void drawsJitterAndLossAsAPng() {
        byte[] png = RtpChart.png("RTP bench -> desk-7970", TIMELINE);

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        assertTrue(png.length > 1000, "a real image, " + png.length + " bytes");
    }

    @Test
    void verdictCarriesTheTableAndTheChartAsEvidence() {
        Verdict v = comparison.judgeReception("RTP bench -> desk-7970", phone(90, 10, 10, 14), WIRE, TIMELINE)
                .verdict();

        assertEquals(Outcome.FAILED, v.outcome());
        assertTrue(v.summary().startsWith("RTP bench -> desk-7970: RcvrPackets: expected 98 ±1 packets, phone "
                + "reported 90"), v.summary());
        assertEquals(List.of("text/plain", "image/png"), v.evidence().stream().map(Evidence::mediaType).toList());
        assertFalse(comparison.judgeReception("t", phone(90, 10, 10, 14), WIRE, TIMELINE).passed());
    }

    /** The failure CI saw on a loaded host: the virtual phone's receiver woke late, so it measured more jitter. */
    @Test
    void hostNoiseIsAllowedForInJitterNotFiledAsAProductFailure() {
        StreamFigures loadedPhone = phone(98, 2, 14, 18); // 4 ms over the wire's figures
        SchedulingNoise quiet = new SchedulingNoise(Duration.ZERO, 1500, Duration.ofMillis(1500));
        SchedulingNoise busy = new SchedulingNoise(Duration.ofMillis(4), 1500, Duration.ofMillis(1500));

        assertEquals(Outcome.FAILED, comparison.judgeReception("t", loadedPhone, WIRE, TIMELINE, quiet).verdict()
                .outcome(), "on a quiet host 4 ms more jitter is the phone's");
        Verdict onBusyHost = comparison.judgeReception("t", loadedPhone, WIRE, TIMELINE, busy).verdict();
        assertEquals(Outcome.PASSED, onBusyHost.outcome(), onBusyHost.summary());
        assertTrue(onBusyHost.summary().contains("2 ms + 4.00 ms bench host scheduling noise"), onBusyHost.summary());
    }

    @Test
    void jitterIsNotJudgedWhenTheHostIsTooNoisyAndTheVerdictIsBroken() {
        SchedulingNoise tooBusy = new SchedulingNoise(Duration.ofMillis(12), 700, Duration.ofMillis(1500));

        RtpJudgement j = comparison.judgeReception("t", phone(98, 2, 30, 40), WIRE, TIMELINE, tooBusy);
        Verdict v = j.verdict();

        assertEquals(Outcome.BROKEN, v.outcome(), v.summary());
        assertTrue(v.summary().contains(Verdict.INCONCLUSIVE), v.summary());
        assertTrue(v.summary().contains("worst wake-up delay 12.00 ms"), v.summary());
        assertEquals(List.of("AvgJitter", "MaxJitter"), j.inconclusive().stream().map(FigureCheck::figure).toList());
        assertTrue(j.table().contains("not judged"), j.table());
    }

    @Test
    void countsAreStillJudgedOnANoisyHost() {
        SchedulingNoise tooBusy = new SchedulingNoise(Duration.ofMillis(12), 700, Duration.ofMillis(1500));

        Verdict v = comparison.judgeReception("t", phone(90, 10, 10, 14), WIRE, TIMELINE, tooBusy).verdict();

        assertEquals(Outcome.FAILED, v.outcome(), "a lost-packet count does not come from the host's load");
    }

    /** Seen under stress: the probe's worst delay was 4 ms, the receiver's 14; the kernel saw the contention. */
    @Test
    void jitterIsNotJudgedWhenThreadsQueuedForACore() {
        SchedulingNoise contended = new SchedulingNoise(Duration.ofMillis(4), 1400, Duration.ofMillis(1500), 0.9);

        Verdict v = comparison.judgeReception("t", phone(98, 2, 10, 28), WIRE, TIMELINE, contended).verdict();

        assertEquals(Outcome.BROKEN, v.outcome(), v.summary());
        assertTrue(v.summary().contains("CPU pressure 90 %"), v.summary());
    }

    @Test
    void aQuietKernelLeavesJitterJudged() {
        SchedulingNoise quiet = new SchedulingNoise(Duration.ofMillis(1), 1500, Duration.ofMillis(1500), 0.02);

        assertEquals(Outcome.FAILED, comparison.judgeReception("t", phone(98, 2, 10, 28), WIRE, TIMELINE, quiet)
                .verdict().outcome(), "MaxJitter 28 against 14 on a quiet host is the phone's");
    }
}
