package io.phonebench.drivers.rtp;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Applies an {@link Impairment} to a flow of datagrams: decides per datagram, holds delayed ones until due and hands
 * each out through a {@link Sink}. No I/O and no clock of its own: callers pass the time, so tests drive it directly.
 * Without impairment a datagram goes straight through, uncopied.
 */
final class ImpairedLine {
    /** Where datagrams go once the line lets them through. */
    @FunctionalInterface
    interface Sink {
        void deliver(byte[] buf, int off, int len, long nowNanos);
    }

    private record Held(long dueNanos, long order, byte[] data) implements Comparable<Held> {
        @Override
        public int compareTo(Held o) {
            int byTime = Long.compare(dueNanos, o.dueNanos);
            return byTime != 0 ? byTime : Long.compare(order, o.order);
        }
    }

    private final Impairment impairment;
    private final long packetNanos;
    private final SplittableRandom random;
    private final PriorityQueue<Held> held = new PriorityQueue<>();
    private long order;
    private long offered;
    private long dropped;
    private long duplicated;
    private long reordered;

    ImpairedLine(Impairment impairment, long packetNanos) {
        this.impairment = impairment;
        this.packetNanos = packetNanos;
        this.random = new SplittableRandom(impairment.seed());
    }

    /** Takes one datagram leaving at {@code nowNanos}; it and anything else due by then goes to the sink. */
    synchronized void offer(byte[] buf, int off, int len, long nowNanos, Sink sink) {
        offered++;
        if (impairment.isNone()) {
            sink.deliver(buf, off, len, nowNanos);
            return;
        }
        // draw every decision for every datagram, so one setting never shifts the random stream of another
        boolean drop = random.nextDouble() * 100 < impairment.lossPercent();
        long delay = impairment.jitterMillis() == 0 ? 0 : random.nextLong(impairment.jitterMillis() * 1_000_000L + 1);
        boolean reorder = random.nextDouble() * 100 < impairment.reorderPercent();
        boolean duplicate = random.nextDouble() * 100 < impairment.duplicatePercent();
        if (drop) {
            dropped++;
            return;
        }
        if (reorder) {
            reordered++;
            delay += 2 * packetNanos;
        }
        int copies = duplicate ? 2 : 1;
        duplicated += copies - 1;
        if (delay == 0 && held.isEmpty()) {
            for (int c = 0; c < copies; c++) {
                sink.deliver(buf, off, len, nowNanos);
            }
            return;
        }
        byte[] data = Arrays.copyOfRange(buf, off, off + len);
        for (int c = 0; c < copies; c++) {
            held.add(new Held(nowNanos + delay, order++, data));
        }
        drainDue(nowNanos, sink);
    }

    /** Hands out every held datagram due by {@code nowNanos}, earliest first. */
    synchronized void drainDue(long nowNanos, Sink sink) {
        while (!held.isEmpty() && held.peek().dueNanos() <= nowNanos) {
            byte[] data = held.poll().data();
            sink.deliver(data, 0, data.length, nowNanos);
        }
    }

    /** When the next held datagram is due; {@link Long#MAX_VALUE} when none is held. */
    synchronized long nextDueNanos() {
        return held.isEmpty() ? Long.MAX_VALUE : held.peek().dueNanos();
    }

    synchronized ImpairmentCounts counts() {
        return new ImpairmentCounts(offered, dropped, duplicated, reordered);
    }
}
