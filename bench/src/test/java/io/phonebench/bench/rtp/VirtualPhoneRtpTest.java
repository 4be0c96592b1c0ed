package io.phonebench.bench.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.rtp.Impairment;
import io.phonebench.drivers.rtp.RtpEndpoint;
import io.phonebench.drivers.rtp.RtpReceiver;
import io.phonebench.drivers.rtp.RtpSender;
import io.phonebench.drivers.rtp.SendPlan;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.rtp.ReceptionReport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import io.phonebench.drivers.host.SchedulingProbe;
import io.phonebench.bench.verdict.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both RTP directions end to end on a VirtualPhone, the way a lab drives a real phone: RTP URIs pushed to
 * /CGI/Execute, figures read from /StreamingStatisticsX over HTTP, judged against what the bench measured.
 */
class VirtualPhoneRtpTest {
    private static final String BENCH = "127.0.64.2";
    private static final int PHONE_PORT = 22000;
    private static VirtualPhone phone;
    private static PhoneClient client;

    @BeforeAll
    static void startPhone() {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address("127.0.64.1")
                .credentials("bench", "pw").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(10));
        client = new PhoneClient(new PhoneAddress("127.0.64.1", phone.uri().getPort(), "bench", "pw"), 512);
    }

    @AfterAll
    static void stopPhone() {
        client.close();
        phone.close();
    }

    static Stream<StreamScenario> scenarios() {
        return Stream.of(new StreamScenario("clean", Impairment.NONE, 1000),
                new StreamScenario("2 % loss", Impairment.seeded(2).withLoss(2), 1500),
                new StreamScenario("10 % loss", Impairment.seeded(3).withLoss(10), 1500),
                new StreamScenario("30 ms jitter", Impairment.seeded(30).withJitter(30), 1000));
    }

    @ParameterizedTest(name = "bench -> phone, {0}")
    @MethodSource("scenarios")
    void phoneReportsTheStreamTheBenchSent(StreamScenario scenario) throws Exception {
        try (RtpEndpoint bench = RtpEndpoint.openForUri(InetAddress.getByName(BENCH))) {
            assertSucceeded(execute("RTPRx:" + BENCH + ":" + PHONE_PORT));
            try (SchedulingProbe host = SchedulingProbe.start("host-probe")) {
                long start = System.nanoTime();
                RtpSender sender = bench.send(new InetSocketAddress("127.0.64.1", PHONE_PORT),
                        SendPlan.tone(scenario.length()).withImpairment(scenario.impairment()))
                        .awaitFinished(scenario.length().plusSeconds(3));
                // as many as the wire tap received; received + lost adds up early, while the last packets queue
                StreamingStatistics page = awaitPage(s -> s.rcvrPackets().orElse(0) >= sender.wire().packets());
                RtpJudgement judgement = new RtpComparison().judgeReception("bench -> phone (" + scenario + ")",
                        StreamFigures.of("StreamingStatisticsX?1", page), sender, host.since(start));
                assertFaithfulPhoneNeverFails(judgement);
            } finally {
                assertSucceeded(execute("RTPRx:Stop"));
            }
            assertFalse(client.streamingStatistics(1).isActive(), "slot 1 is idle after RTPRx:Stop");
        }
    }

    @Test
    void benchReceivesWhatThePhoneSaysItSent() throws Exception {
        try (RtpEndpoint bench = RtpEndpoint.openForUri(InetAddress.getByName(BENCH))) {
            RtpReceiver receiver = bench.receive(Impairment.NONE);
            assertSucceeded(execute("RTPTx:" + BENCH + ":" + bench.local().getPort()));
            try {
                receiver.awaitReport(r -> r.expected() >= 40, "40 packets from the phone", Duration.ofSeconds(3));
                // The phone keeps sending: its page is read between two looks at the bench's count, so the page's
                // figure must lie between them, whatever the machine's timing.
                ReceptionReport before = receiver.report();
                StreamingStatistics page = client.streamingStatistics(1);
                ReceptionReport after = receiver.report();
                long sent = page.senderPackets().orElseThrow();
                assertTrue(before.expected() <= sent && sent <= after.expected() + 1, "phone says it sent " + sent
                        + ", the bench saw " + before.expected() + " before reading the page and " + after.expected()
                        + " after");
            } finally {
                assertSucceeded(execute("RTPTx:Stop"));
            }
            assertFalse(client.streamingStatistics(1).isActive(), "slot 1 is idle after RTPTx:Stop");
        }
    }

    @Test
    void secondReceiveStreamIsRefusedAsBusy() {
        assertSucceeded(execute("RTPRx:" + BENCH + ":" + PHONE_PORT));
        try {
            ResponseItem second = execute("RTPRx:" + BENCH + ":" + (PHONE_PORT + 2));
            assertEquals(6, second.status(), second.toString());
            assertTrue(second.data().contains("already active"), second.data());
        } finally {
            assertSucceeded(execute("RTPRx:Stop"));
        }
    }

    private static ResponseItem execute(String uri) {
        return client.push(new CiscoIPPhoneExecute(List.of(new ExecuteItem(uri)))).responseItems().get(0);
    }

    private static void assertSucceeded(ResponseItem item) {
        assertEquals(0, item.status(), item.toString());
    }

    private static StreamingStatistics awaitPage(java.util.function.Predicate<StreamingStatistics> done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        StreamingStatistics page = client.streamingStatistics(1);
        while (!done.test(page) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000L);
            page = client.streamingStatistics(1);
        }
        return page;
    }

    /**
     * A faithful phone's figures are never a product failure. Counts and loss must match exactly as judged; jitter
     * is judged within the host's measured scheduling noise, or, on a host too busy for that, not at all (BROKEN).
     */
    private static void assertFaithfulPhoneNeverFails(RtpJudgement judgement) {
        assertTrue(judgement.failures().isEmpty(), judgement.table());
        assertTrue(judgement.verdict().outcome() != Outcome.FAILED, judgement.table());
        judgement.checks().stream().filter(c -> !c.figure().endsWith("Jitter"))
                .forEach(c -> assertTrue(c.passed(), c.describe()));
    }
}
