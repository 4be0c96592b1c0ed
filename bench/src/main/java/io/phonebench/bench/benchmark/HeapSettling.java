package io.phonebench.bench.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Whether the heap a fleet step grew into has been used once through. When G1 grows the heap, the new memory is
 * committed but not yet touched: the next pass of allocation through it takes a page fault every 4 KB. At 1,500-2,000
 * phones that was 38,000-94,000 faults a second for 5-7 s, four fifths of the machine's CPU in the kernel, and the
 * step measured it: 2.7-3.1 ms of CPU a push and screenshot instead of 0.6, a median of 190-540 ms. A fleet JVM pays
 * that once, when its heap grows; the step is measured after it, as after the JIT's compilations.
 *
 * <p>Settled means: the heap has not grown since the paced warm-up began, or {@link #COLLECTIONS} young collections
 * have run since it last grew (one to fill the grown young generation, one to be sure the fill was whole). Growth
 * before it, in the back-to-back warm-up, was used through by that load's own allocation, at up to a gigabyte a
 * second; requiring collections after it would hold the first steps for a minute, at 20-40 MB a second of paced load.
 */
final class HeapSettling {
    static final int COLLECTIONS = 2;

    private final LongSupplier committedHeap;
    private final LongSupplier collections;
    private long committed;
    private long collectionsAtGrowth;
    private long grownBytes;

    /** Taken when the paced warm-up begins. */
    HeapSettling() {
        this(HeapSettling::committedHeap, HeapSettling::collections);
    }

    /** Reads the committed heap's bytes and the young collections run so far from these. */
    HeapSettling(LongSupplier committedHeap, LongSupplier collections) {
        this.committedHeap = committedHeap;
        this.collections = collections;
        this.committed = committedHeap.getAsLong();
        this.collectionsAtGrowth = collections.getAsLong();
    }

    /** After a load: notes any growth since the last look, and answers whether the heap has settled. */
    boolean settled() {
        long count = look();
        return grownBytes == 0 || count - collectionsAtGrowth >= COLLECTIONS;
    }

    /** After a measured load: whether the heap grew at all since this began, so that load paid for new memory. */
    boolean grew() {
        look();
        return grownBytes > 0;
    }

    /** Notes any growth since the last look; returns the young collections run so far. */
    private long look() {
        long now = committedHeap.getAsLong();
        long count = collections.getAsLong();
        if (now > committed) {
            grownBytes += now - committed;
            collectionsAtGrowth = count;
        }
        committed = now;
        return count;
    }

    /** How much the heap grew since this began, in MB. */
    long grownMb() {
        return grownBytes / (1024 * 1024);
    }

    private static long committedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted();
    }

    /**
     * Young collections: the ones that follow allocation through the young generation. Full collections ("G1 Old
     * Generation", "PS MarkSweep", "MarkSweepCompact"), such as the benchmark's own, move live objects and leave the
     * free memory untouched, so they do not count.
     */
    private static long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            String name = collector.getName();
            if (!name.contains("Old") && !name.contains("MarkSweep")) {
                count += Math.max(0, collector.getCollectionCount());
            }
        }
        return count;
    }
}
