package io.phonebench.bench.run;

import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.SwitchSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The infrastructure faults a rig file schedules: firmware profiles of virtual phones that make them hang, answer
 * unreadable device pages or boot slowly, and simulated relay boards with a {@code fault:}. Firmware deviations
 * (ignores-expires ...) are product behaviour, judged FAILED by the tests, so they are not counted here.
 */
public final class InjectedFaults {
    private static final Set<String> FAULT_PROFILES = Set.of("hangs-after-pushes", "malformed-device-pages",
            "slow-boot");

    private InjectedFaults() {
    }

    /** One line per fault, e.g. {@code phone hang-7970: hangs-after-pushes:3}, for the phones used by the run. */
    public static List<String> of(Rig rig, List<String> phoneNames) {
        List<PhoneSpec> used = phoneNames.isEmpty() ? rig.phones() : rig.phones(phoneNames);
        List<String> faults = new ArrayList<>();
        for (PhoneSpec phone : used) {
            phone.emulatedProfile().filter(InjectedFaults::isFault)
                    .ifPresent(p -> faults.add("phone " + phone.name() + ": " + p));
        }
        for (SwitchSpec power : rig.switches().values()) {
            boolean powersAUsedPhone = used.stream().anyMatch(p -> p.power()
                    .filter(w -> w.switchName().equals(power.name())).isPresent());
            if (powersAUsedPhone) {
                power.fault().ifPresent(f -> faults.add("relay board " + power.name() + ": " + f));
            }
        }
        return faults;
    }

    private static boolean isFault(String profile) {
        String p = profile.trim().toLowerCase(Locale.ROOT);
        return FAULT_PROFILES.stream().anyMatch(p::startsWith);
    }
}
