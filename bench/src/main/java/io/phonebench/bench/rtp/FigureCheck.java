package io.phonebench.bench.rtp;

/**
 * One figure judged: the bench's measurement (expected), the phone's report (actual) and how far apart they may be.
 *
 * @param figure       the StreamingStatisticsX field or derived figure, e.g. {@code RcvrPackets}, {@code loss}
 * @param unit         {@code packets}, {@code octets}, {@code %}, {@code ms}
 * @param expected     what the bench measured
 * @param actual       what the phone reported; NaN when it did not report the figure
 * @param tolerance    largest allowed |actual - expected|
 * @param inconclusive why the figure cannot be judged at all (the bench's own measurement is too noisy), or empty
 */
public record FigureCheck(String figure, String unit, double expected, double actual, double tolerance,
        String inconclusive) {

    public FigureCheck(String figure, String unit, double expected, double actual, double tolerance) {
        this(figure, unit, expected, actual, tolerance, "");
    }

    public boolean judged() {
        return inconclusive.isEmpty();
    }

    /** Judged and within tolerance. */
    public boolean passed() {
        return judged() && within();
    }

    /** Judged and outside tolerance: a product failure. */
    public boolean failed() {
        return judged() && !within();
    }

    private boolean within() {
        return !Double.isNaN(actual) && Math.abs(actual - expected) <= tolerance + 1e-9;
    }

    /** e.g. {@code RcvrLostPackets: expected 5 ±1 packets, phone reported 9}. */
    public String describe() {
        String line = figure + ": expected " + format(expected) + " ±" + format(tolerance) + " " + unit
                + ", phone reported " + (Double.isNaN(actual) ? "nothing" : format(actual));
        return judged() ? line : line + " (not judged: " + inconclusive + ")";
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "absent";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format("%.2f", v);
    }
}
