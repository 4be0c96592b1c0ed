package io.phonebench.emulator.virtual;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Arrays that screenshots are written into, lent to one answer at a time and handed back once it has left. A BMP
 * screenshot is 200 KB (320x212) to 1.1 MB (800x480), and one new array per screenshot was half of what a fleet of
 * virtual phones allocated a push and screenshot: half of its young collections, whose pauses bound the fleet. One
 * pool serves every phone of the JVM, since a fleet has few answers in flight at once, and it keeps at most
 * {@link #KEPT} free arrays of each length; beyond that, arrays are made and dropped as before.
 *
 * <p>Hand-written rather than Jetty's buffer pool: that one rounds capacities up to its buckets and lends byte
 * buffers, where a reply body here is an array of exactly the answer's length.
 */
final class ScreenshotArrays {
    static final int KEPT = 8;

    private final Map<Integer, ArrayBlockingQueue<byte[]>> free = new ConcurrentHashMap<>();

    /** An array of {@code length} bytes with any content: the writer sets every byte. */
    byte[] take(int length) {
        ArrayBlockingQueue<byte[]> kept = free.get(length);
        byte[] array = kept == null ? null : kept.poll();
        return array != null ? array : new byte[length];
    }

    /** Takes an array back, once nothing reads it any more; kept for the next screenshot of its length, or dropped. */
    void give(byte[] array) {
        free.computeIfAbsent(array.length, n -> new ArrayBlockingQueue<>(KEPT)).offer(array);
    }
}
