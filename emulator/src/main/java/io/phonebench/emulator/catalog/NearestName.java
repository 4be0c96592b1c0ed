package io.phonebench.emulator.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * "did you mean 'softkeys'?" for a near miss of a known name: Levenshtein distance within a third of its length. The
 * catalog's loader and the rig file's reader both suggest names this way.
 */
public final class NearestName {
    private NearestName() {
    }

    public static Optional<String> of(String found, Collection<String> known) {
        Optional<String> nearest = known.stream()
                .min(Comparator.comparingInt(k -> distance(found.toLowerCase(), k.toLowerCase())));
        return nearest.filter(n -> distance(found.toLowerCase(), n.toLowerCase()) <= Math.max(2, found.length() / 3));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
