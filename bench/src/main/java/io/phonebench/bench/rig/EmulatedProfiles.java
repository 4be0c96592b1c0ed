package io.phonebench.bench.rig;

import java.util.Collection;
import java.util.List;

/**
 * The {@code emulated: { profile: ... }} names a rig may use. A profile may take a count after a colon
 * ({@code hangs-after-pushes:3}); the emulator checks the count when the phone starts.
 */
record EmulatedProfiles(List<String> names) {
    EmulatedProfiles(Collection<String> names) {
        this(List.copyOf(names));
    }

    boolean accepts(String profile) {
        int colon = profile.indexOf(':');
        String base = colon < 0 ? profile : profile.substring(0, colon);
        return names.contains(base) && (colon < 0 || profile.substring(colon + 1).matches("\\d{1,6}"));
    }
}
