package io.phonebench.bench.rtp;

/**
 * One figure judged: the bench's measurement (expected), the phone's report (actual) and how far apart they may be.
 *
 * @param figure    the StreamingStatisticsX field or derived figure, e.g. {@code RcvrPackets}, {@code loss}
 * @param unit      {@code packets}, {@code octets}, {@code %}, {@code ms}
 * @param expected  what the bench measured
 * @param actual    what the phone reported; NaN when it did not report the figure
 * @param tolerance largest allowed |actual - expected|
 */
public record FigureCheck(String figure, String unit, double expected, double actual, double tolerance) {

    public boolean passed() {
        return !Double.isNaN(actual) && Math.abs(actual - expected) <= tolerance + 1e-9;
    }

    /** e.g. {@code RcvrLostPackets: expected 5 ±1 packets, phone reported 9}. */
    public String describe() {
        return figure + ": expected " + format(expected) + " ±" + format(tolerance) + " " + unit + ", phone reported "
                + (Double.isNaN(actual) ? "nothing" : format(actual));
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "absent";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format("%.2f", v);
    }
}
