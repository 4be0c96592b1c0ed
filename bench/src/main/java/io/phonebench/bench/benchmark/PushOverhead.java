package io.phonebench.bench.benchmark;

import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code push_overhead_ratio}: median PhoneClient push over median raw HttpClient 5 POST of the same bytes to the
 * same virtual phone. The two alternate sample by sample (ABBA, so neither always goes first) after a shared warm-up,
 * so both see the same JIT state, GC pressure and phone. {@code push_overhead_ratio_cold} is the same over the first
 * pushes of both fresh clients, before any warm-up: the ratio a short run or a one-off {@code push} lives in.
 */
final class PushOverhead {
    private static final int ADDRESS_BLOCK = 211;
    /** A form POST on loopback takes well under a millisecond; tens of them mean TCP is waiting, not code. */
    private static final double STALLED_MS = 20;

    private final int cold;
    private final int warmup;
    private final int samples;
    private final Duration budget;
    private final PrintWriter progress;

    PushOverhead(BenchmarkPlan.Push plan, PrintWriter progress) {
        this(plan.cold(), plan.warmup(), plan.samples(), plan.budget(), progress);
    }

    /** Stops warming up after a third of {@code budget} and sampling after all of it, whatever the counts say. */
    PushOverhead(int cold, int warmup, int samples, Duration budget, PrintWriter progress) {
        if (cold < 2 || warmup < 0 || samples < 2) {
            throw new IllegalArgumentException("push overhead: expected cold >= 2, warmup >= 0 and samples >= 2, saw "
                    + cold + ", " + warmup + ", " + samples);
        }
        this.cold = cold;
        this.warmup = warmup;
        this.samples = samples;
        this.budget = budget;
        this.progress = progress;
    }

    List<Figure> measure() {
        CiscoIPPhoneText text = new CiscoIPPhoneText("Bench", "benchmark", "Push overhead against a raw POST");
        String xml = text.toXml();   // ASCII, so exactly what PhoneClient sends for it
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(ADDRESS_BLOCK, FirmwareProfile.faithful());
             RawPush raw = new RawPush(openOne(fleet))) {
            PhoneClient client = fleet.client(0);
            double coldRatio = alternate(client, text, raw, xml, cold, System.nanoTime() + budget.toNanos());
            long start = System.nanoTime();
            for (int i = 0; i < warmup && System.nanoTime() - start < budget.toNanos() / 3; i++) {
                client.push(text);
                raw.push(xml);
            }
            Timings[] warm = samples(client, text, raw, xml, samples, start + budget.toNanos());
            Timings d = warm[0];
            Timings b = warm[1];
            if (b.medianMillis() > STALLED_MS) {
                progress.printf(Locale.ROOT, "  raw POST on loopback takes %.1f ms: TCP is stalling (Nagle and delayed"
                        + " ACK in the JDK HTTP server), so this ratio compares two stalls; run the JVM with"
                        + " -Dsun.net.httpserver.nodelay=true to see the code%n", b.medianMillis());
            }
            return List.of(new Figure("push_overhead_ratio", d.medianNanos() / b.medianNanos()),
                    new Figure("push_overhead_ratio_cold", coldRatio),
                    new Figure("push_ms", d.medianMillis()), new Figure("raw_post_ms", b.medianMillis()));
        }
    }

    private static double alternate(PhoneClient client, CiscoIPPhoneText text, RawPush raw, String xml, int count,
            long until) {
        Timings[] t = samples(client, text, raw, xml, count, until);
        return t[0].medianNanos() / t[1].medianNanos();
    }

    /** {driver, raw} timings, alternating ABBA; stops at {@code count} or at {@code until} (after two at least). */
    private static Timings[] samples(PhoneClient client, CiscoIPPhoneText text, RawPush raw, String xml, int count,
            long until) {
        long[] driver = new long[count];
        long[] baseline = new long[count];
        int taken = 0;
        for (int i = 0; i < count && (i < 2 || System.nanoTime() - until < 0); i++, taken++) {
            if (i % 4 == 0 || i % 4 == 3) {
                driver[i] = time(() -> client.push(text));
                baseline[i] = time(() -> raw.push(xml));
            } else {
                baseline[i] = time(() -> raw.push(xml));
                driver[i] = time(() -> client.push(text));
            }
        }
        return new Timings[] {Timings.of(Arrays.copyOf(driver, taken)), Timings.of(Arrays.copyOf(baseline, taken))};
    }

    private static PhoneAddress openOne(VirtualPhoneFleet fleet) {
        fleet.growTo(1);
        return fleet.address(fleet.phone(0));
    }

    private static long time(Runnable push) {
        long start = System.nanoTime();
        push.run();
        return System.nanoTime() - start;
    }
}
