package io.phonebench.drivers.rtp;

/**
 * Network trouble the bench puts between itself and a phone. Every decision comes from a
 * {@link java.util.SplittableRandom} with {@link #seed}, so a run repeats packet for packet.
 *
 * @param lossPercent      chance 0-100 that a packet is dropped
 * @param jitterMillis     each packet is held back a uniform 0..jitterMillis ms (late packets overtake: reordering)
 * @param reorderPercent   chance 0-100 that a packet is held two packet times more, so later ones overtake it
 * @param duplicatePercent chance 0-100 that a packet is delivered twice
 * @param seed             seed of the decisions
 */
public record Impairment(double lossPercent, int jitterMillis, double reorderPercent, double duplicatePercent,
        long seed) {
    public static final Impairment NONE = new Impairment(0, 0, 0, 0, 0);

    public Impairment {
        percent("loss", lossPercent);
        percent("reordering", reorderPercent);
        percent("duplication", duplicatePercent);
        if (jitterMillis < 0 || jitterMillis > 10_000) {
            throw new IllegalArgumentException("expected added jitter 0-10000 ms but found " + jitterMillis);
        }
    }

    public static Impairment seeded(long seed) {
        return new Impairment(0, 0, 0, 0, seed);
    }

    public Impairment withLoss(double percent) {
        return new Impairment(percent, jitterMillis, reorderPercent, duplicatePercent, seed);
    }

    public Impairment withJitter(int millis) {
        return new Impairment(lossPercent, millis, reorderPercent, duplicatePercent, seed);
    }

    public Impairment withReordering(double percent) {
        return new Impairment(lossPercent, jitterMillis, percent, duplicatePercent, seed);
    }

    public Impairment withDuplication(double percent) {
        return new Impairment(lossPercent, jitterMillis, reorderPercent, percent, seed);
    }

    public boolean isNone() {
        return lossPercent == 0 && jitterMillis == 0 && reorderPercent == 0 && duplicatePercent == 0;
    }

    @Override
    public String toString() {
        return isNone() ? "no impairment"
                : "loss " + lossPercent + " %, jitter " + jitterMillis + " ms, reordering " + reorderPercent
                        + " %, duplication " + duplicatePercent + " %, seed " + seed;
    }

    private static void percent(String what, double value) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException("expected " + what + " 0-100 % but found " + value);
        }
    }
}
