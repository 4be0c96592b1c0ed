package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A fleet step is measured once the heap it grew into has been used through: two collections after any growth. */
class HeapSettlingTest {
    private static final long MB = 1024 * 1024;

    private long committed = 1024 * MB;
    private long collections = 7;
    private final HeapSettling heap = new HeapSettling(() -> committed, () -> collections);

    @Test
    void aHeapThatKeptItsSizeHasSettled() {
        collections += 3;
        assertTrue(heap.settled());
        assertTrue(heap.settled(), "with or without collections");
        assertEquals(0, heap.grownMb());
    }

    @Test
    void aHeapThatGrewSettlesTwoCollectionsLater() {
        committed += 1480 * MB;
        collections++;   // the collection that grew it
        assertFalse(heap.settled());
        collections++;
        assertFalse(heap.settled(), "one pass of allocation through the grown heap may not have been whole");
        collections++;
        assertTrue(heap.settled());
        assertEquals(1480, heap.grownMb());
    }

    @Test
    void growingAgainStartsTheCountAgain() {
        committed += 100 * MB;
        collections += 2;
        assertFalse(heap.settled());
        committed += 200 * MB;
        collections += 1;
        assertFalse(heap.settled(), "it grew again");
        collections += 1;
        assertFalse(heap.settled());
        collections += 1;
        assertTrue(heap.settled());
        assertEquals(300, heap.grownMb());
    }

    @Test
    void aMeasuredLoadKnowsWhetherItPaidForNewMemoryHoweverManyCollectionsFollowed() {
        collections += 4;
        assertFalse(heap.grew(), "collections alone grow nothing");
        committed += 148 * MB;
        collections++;
        assertTrue(heap.grew());
        collections += 2;
        assertTrue(heap.settled(), "settled for the next load, yet this one paid for the growth");
        assertTrue(heap.grew(), "a growth once seen stays seen");
    }

    @Test
    void aHeapThatShrankHasNotGrown() {
        committed -= 512 * MB;
        assertTrue(heap.settled());
        committed += 256 * MB;   // back under where it began, yet grown since the last look
        assertFalse(heap.settled());
    }
}
