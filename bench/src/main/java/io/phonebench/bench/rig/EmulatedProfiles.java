package io.phonebench.bench.rig;

import java.util.Collection;
import java.util.List;

/**
 * The {@code emulated: { profile: ... }} names a rig may use. Profiles listed as counted take a count after a colon
 * ({@code hangs-after-pushes:3}), a whole number 1..{@value #MAX_COUNT}; no other profile takes one. Legal variations
 * may be combined with {@code +} ({@code compact-headers+other-charset-weight}); the emulator refuses any other
 * combination.
 */
record EmulatedProfiles(List<String> names, List<String> counted) {
    static final int MAX_COUNT = 999_999;

    EmulatedProfiles(Collection<String> names, Collection<String> counted) {
        this(List.copyOf(names), List.copyOf(counted));
    }

    boolean accepts(String profile) {
        if (profile.contains("+")) {
            return java.util.Arrays.stream(profile.split("\\+", -1)).allMatch(p -> !p.isEmpty() && acceptsOne(p));
        }
        return acceptsOne(profile);
    }

    private boolean acceptsOne(String profile) {
        return names.contains(base(profile)) && countProblem(profile) == null;
    }

    /** Why the count after the colon is wrong, or null when there is none or it is right. */
    String countProblem(String profile) {
        int colon = profile.indexOf(':');
        if (colon < 0 || !names.contains(base(profile))) {
            return null;
        }
        String base = base(profile);
        if (!counted.contains(base)) {
            return "firmware profile '" + base + "' takes no count: write " + base;
        }
        String count = profile.substring(colon + 1);
        if (!count.matches("\\d{1,6}") || Integer.parseInt(count) < 1) {
            return "expected " + base + ":N with N a whole number 1.." + MAX_COUNT + ", found '"
                    + SafeName.printable(profile) + "'";
        }
        return null;
    }

    private static String base(String profile) {
        int colon = profile.indexOf(':');
        return colon < 0 ? profile : profile.substring(0, colon);
    }
}
