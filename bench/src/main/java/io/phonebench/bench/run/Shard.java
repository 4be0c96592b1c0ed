package io.phonebench.bench.run;

import io.phonebench.bench.rig.RigConfigurationException;

/** One slice {@code index/count} (1-based) of a suite, so identical rigs can split it. */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new RigConfigurationException("--shard " + index + "/" + count
                    + ": expected i/n with 1 <= i <= n, e.g. --shard 2/4");
        }
    }

    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new RigConfigurationException("--shard " + text + ": expected i/n, e.g. --shard 2/4");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new RigConfigurationException("--shard " + text + ": expected two whole numbers i/n, e.g. --shard 2/4");
        }
    }

    /** Classes are dealt round-robin in name order, so every shard of a suite gets a stable, even share. */
    public boolean takes(int positionInSortedSuite) {
        return positionInSortedSuite % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
