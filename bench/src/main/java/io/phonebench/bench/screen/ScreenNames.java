package io.phonebench.bench.screen;

/**
 * Names the screens a test judges, for their baselines: {@code Class.method}, then {@code Class.method-2}, ... in the
 * order the test looks at them. The JUnit extension starts each test; tests run one at a time per thread.
 */
public final class ScreenNames {
    private static final ThreadLocal<String> TEST = ThreadLocal.withInitial(() -> "unnamed");
    private static final ThreadLocal<Integer> SEEN = ThreadLocal.withInitial(() -> 0);

    private ScreenNames() {
    }

    public static void startTest(String testName) {
        TEST.set(testName);
        SEEN.set(0);
    }

    public static String next() {
        int n = SEEN.get() + 1;
        SEEN.set(n);
        return n == 1 ? TEST.get() : TEST.get() + "-" + n;
    }
}
