package io.phonebench.emulator.reference.display;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Drawing canvases that the JVM's virtual phones share, a few of each size. A screenshot is drawn, encoded and
 * dropped within one request, and a new 200 KB canvas for each was a quarter of the garbage of a push and a screenshot.
 * Keeping one per phone instead would hold 200 KB per phone for good; a few per size serve every phone, since only
 * the requests being handled at one moment need one.
 */
final class Canvases {
    /** Free canvases kept per size; more are made when more are drawn at once, and dropped when given back. */
    private static final int KEPT_PER_SIZE = 8;
    private static final Map<Long, BlockingQueue<BufferedImage>> FREE = new ConcurrentHashMap<>();

    private Canvases() {
    }

    /** An RGB canvas of that size, its pixels as the last user left them. */
    static BufferedImage take(int width, int height) {
        BufferedImage canvas = free(width, height).poll();
        return canvas != null ? canvas : new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Gives a canvas from {@link #take} back; nothing may use it afterwards. */
    static void give(BufferedImage canvas) {
        free(canvas.getWidth(), canvas.getHeight()).offer(canvas);
    }

    private static BlockingQueue<BufferedImage> free(int width, int height) {
        Long size = ((long) width << 32) | height;
        BlockingQueue<BufferedImage> free = FREE.get(size);
        return free != null ? free : FREE.computeIfAbsent(size, s -> new ArrayBlockingQueue<>(KEPT_PER_SIZE));
    }
}
