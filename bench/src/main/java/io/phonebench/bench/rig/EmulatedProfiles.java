package io.phonebench.bench.rig;

import java.util.Collection;
import java.util.List;

/**
 * The {@code emulated: { profile: ... }} names a rig may use. A profile may take a count after a colon
 * ({@code hangs-after-pushes:3}); the emulator checks the count when the phone starts. Legal variations may be
 * combined with {@code +} ({@code compact-headers+other-charset-weight}); the emulator refuses any other combination.
 */
record EmulatedProfiles(List<String> names) {
    EmulatedProfiles(Collection<String> names) {
        this(List.copyOf(names));
    }

    boolean accepts(String profile) {
        if (profile.contains("+")) {
            return java.util.Arrays.stream(profile.split("\\+", -1)).allMatch(p -> !p.isEmpty() && acceptsOne(p));
        }
        return acceptsOne(profile);
    }

    private boolean acceptsOne(String profile) {
        int colon = profile.indexOf(':');
        String base = colon < 0 ? profile : profile.substring(0, colon);
        return names.contains(base) && (colon < 0 || profile.substring(colon + 1).matches("\\d{1,6}"));
    }
}
