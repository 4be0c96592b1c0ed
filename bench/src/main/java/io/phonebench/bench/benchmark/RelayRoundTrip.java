package io.phonebench.bench.benchmark;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.power.CommandPolicy;
import io.phonebench.drivers.power.LcusCodec;
import io.phonebench.drivers.power.SerialRelayBoard;
import io.phonebench.drivers.power.Sleeper;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedLcusBoard;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code relay_roundtrip_ratio}: one LCUS command, from {@link SerialRelayBoard#set} (with the {@link LcusCodec})
 * on the bench until the simulated board on the other end of a pty has switched its contact, over the frame's wire
 * time at 9600 baud (4 bytes of 10 bits: 4.17 ms). A pty does not pace bytes, so this is the bench's own cost per command as a share of what the
 * wire alone costs on a real board.
 */
final class RelayRoundTrip {
    static final double WIRE_NANOS = 4 * 10 * 1e9 / LcusCodec.BAUD;
    private static final long SWITCH_TIMEOUT_MS = 2000;

    private final int warmup;
    private final int samples;

    RelayRoundTrip(BenchmarkPlan.Samples plan) {
        this(plan.warmup(), plan.samples());
    }

    RelayRoundTrip(int warmup, int samples) {
        if (warmup < 0 || samples < 2) {
            throw new IllegalArgumentException("relay round trip: expected warmup >= 0 and samples >= 2, saw "
                    + warmup + ", " + samples);
        }
        this.warmup = warmup;
        this.samples = samples;
    }

    List<Figure> measure() {
        Semaphore switched = new Semaphore(0);
        try (SimulatedLcusBoard simulated = new SimulatedLcusBoard("benchmark",
                PseudoTerminalPair.start("benchmark-lcus"), 1, (channel, on) -> switched.release());
             SerialRelayBoard board = new SerialRelayBoard("benchmark",
                     new SerialLine(simulated.benchEnd().toString(), LcusCodec.BAUD), 1, new LcusCodec(),
                     CommandPolicy.DEFAULT, Sleeper.REAL)) {
            boolean on = false;
            for (int i = 0; i < warmup; i++) {
                on = !on;
                roundTrip(board, switched, on, simulated);
            }
            long[] nanos = new long[samples];
            for (int i = 0; i < samples; i++) {
                on = !on;
                nanos[i] = roundTrip(board, switched, on, simulated);
            }
            Timings t = Timings.of(nanos);
            return List.of(new Figure("relay_roundtrip_ratio", t.medianNanos() / WIRE_NANOS),
                    new Figure("relay_roundtrip_ms", t.medianMillis()));
        }
    }

    private static long roundTrip(SerialRelayBoard board, Semaphore switched, boolean on,
                                  SimulatedLcusBoard simulated) {
        long start = System.nanoTime();
        board.set(1, on);
        try {
            if (!switched.tryAcquire(SWITCH_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
                throw new BenchInfrastructureException("relay benchmark: expected " + simulated
                        + " channel 1 to switch " + (on ? "on" : "off") + " within " + SWITCH_TIMEOUT_MS
                        + " ms, it did not");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("relay benchmark: interrupted", e);
        }
        return System.nanoTime() - start;
    }
}
