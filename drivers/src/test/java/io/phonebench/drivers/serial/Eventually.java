package io.phonebench.drivers.serial;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes: the tests' only way to wait. */
public final class Eventually {
    private Eventually() {
    }

    public static void holds(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + what + " within " + within.toMillis() + " ms");
            }
            LockSupport.parkNanos(2_000_000);
        }
    }
}
