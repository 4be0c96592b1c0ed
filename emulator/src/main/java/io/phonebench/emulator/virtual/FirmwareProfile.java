package io.phonebench.emulator.virtual;

import io.phonebench.emulator.deviation.Deviation;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How a virtual phone's firmware behaves, named in rig files ({@code emulated: { profile: faithful }}). The faithful
 * profile follows the SDK text; the others each carry one deviation or timing a regression suite must catch.
 *
 * <p>Phone-side client deviations ({@link #deviations()}) are acted on by the reference phone; the rest
 * (hangs, malformed pages, boot time, latencies) by {@link VirtualPhone}'s HTTP face.
 *
 * @param name                 profile name as written in rig files
 * @param deviations           client-side deviations for the reference phone
 * @param hangsAfterPushes     after this many pushes the phone accepts connections but never answers; 0 = never
 * @param malformedDevicePages XML device pages come out not well-formed
 * @param bootTimeFactor       multiplies the configured boot time (slow-boot)
 * @param latencies            delay before each answer, by kind of request
 */
public record FirmwareProfile(
        String name,
        Set<Deviation> deviations,
        int hangsAfterPushes,
        boolean malformedDevicePages,
        int bootTimeFactor,
        Latencies latencies) {

    public static final int DEFAULT_HANG_AFTER_PUSHES = 5;
    /** Boot time of 79xx phones from power to registered web server, roughly, for realistic-timing. */
    public static final Duration REALISTIC_BOOT_TIME = Duration.ofSeconds(45);
    public static final int SLOW_BOOT_FACTOR = 10;

    /** Profiles that are neither a deviation nor faithful: faults and timings. */
    private static final List<String> FAULTS = List.of("slow-boot", "hangs-after-pushes", "malformed-device-pages",
            "realistic-timing");

    /** Every profile name: faithful, one per deviation (named by its id), and the faults. */
    public static final List<String> NAMES = Stream.of(Stream.of("faithful"),
            Arrays.stream(Deviation.values()).filter(d -> !d.legal()).map(Deviation::id), FAULTS.stream())
            .flatMap(s -> s).toList();

    /**
     * Legal variations: firmware that differs from the reference model only within the SDK's latitude (header
     * spelling, Execute order...): every suite must pass on them. {@code phonebench deviations} runs each one.
     */
    public static final List<String> LEGAL_VARIATIONS = Arrays.stream(Deviation.values()).filter(Deviation::legal)
            .map(Deviation::id).toList();

    /** Every profile name a rig file may use: the profiles above and the legal variations. */
    public static List<String> knownNames() {
        return java.util.stream.Stream.concat(NAMES.stream(), LEGAL_VARIATIONS.stream()).toList();
    }
    /** The profiles that take a count after a colon ({@code hangs-after-pushes:3}). */
    public static final List<String> COUNTED = List.of("hangs-after-pushes");

    public FirmwareProfile {
        deviations = deviations.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Deviation.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(deviations));
        if (hangsAfterPushes < 0) {
            throw new IllegalArgumentException("profile " + name + ": expected hangsAfterPushes >= 0, saw "
                    + hangsAfterPushes);
        }
        if (bootTimeFactor < 1) {
            throw new IllegalArgumentException("profile " + name + ": expected bootTimeFactor >= 1, saw "
                    + bootTimeFactor);
        }
    }

    public static FirmwareProfile faithful() {
        return new FirmwareProfile("faithful", Set.of(), 0, false, 1, Latencies.NONE);
    }

    /**
     * The profile a rig file names. {@code hangs-after-pushes} takes an optional count: {@code hangs-after-pushes:3}.
     *
     * @throws IllegalArgumentException naming the profile and listing the known ones
     */
    public static FirmwareProfile named(String profileName) {
        String n = profileName == null ? "" : profileName.trim().toLowerCase(Locale.ROOT);
        FirmwareProfile base = faithful();
        if (LEGAL_VARIATIONS.contains(n)) {
            return new FirmwareProfile(n, EnumSet.of(Deviation.byId(n)), 0, false, 1, Latencies.NONE);
        }
        if (n.contains("+")) {
            // several legal variations on one phone keep a rig that covers them all small
            List<String> parts = List.of(n.split("\\+", -1));
            if (!LEGAL_VARIATIONS.containsAll(parts)) {
                throw new IllegalArgumentException("firmware profile '" + profileName + "': only legal variations"
                        + " combine with '+', expected names among " + String.join(", ", LEGAL_VARIATIONS));
            }
            return new FirmwareProfile(n, Deviation.byIds(parts), 0, false, 1, Latencies.NONE);
        }
        if (n.startsWith("hangs-after-pushes")) {
            return new FirmwareProfile(n, Set.of(), hangCount(profileName, n), false, 1, Latencies.NONE);
        }
        return switch (n) {
            case "faithful" -> base;
            case "slow-boot" -> new FirmwareProfile(n, Set.of(), 0, false, SLOW_BOOT_FACTOR, Latencies.NONE);
            case "malformed-device-pages" -> new FirmwareProfile(n, Set.of(), 0, true, 1, Latencies.NONE);
            case "realistic-timing" -> new FirmwareProfile(n, Set.of(), 0, false, 1, Latencies.REALISTIC);
            default -> {
                if (!NAMES.contains(n)) {
                    throw new IllegalArgumentException("unknown firmware profile '" + profileName
                            + "': expected one of " + String.join(", ", NAMES) + ", or a legal variation: "
                            + String.join(", ", LEGAL_VARIATIONS));
                }
                yield new FirmwareProfile(n, EnumSet.of(Deviation.byId(n)), 0, false, 1, Latencies.NONE);
            }
        };
    }

    /** The boot time of a phone with this firmware, given the time the phone was configured with. */
    public Duration bootTime(Duration configured) {
        if (latencies.equals(Latencies.REALISTIC)) {
            return REALISTIC_BOOT_TIME;
        }
        return configured.multipliedBy(bootTimeFactor);
    }

    public boolean has(Deviation deviation) {
        return deviations.contains(deviation);
    }

    private static int hangCount(String original, String n) {
        if (n.equals("hangs-after-pushes")) {
            return DEFAULT_HANG_AFTER_PUSHES;
        }
        String count = n.substring("hangs-after-pushes".length());
        try {
            if (count.startsWith(":") && Integer.parseInt(count.substring(1)) > 0) {
                return Integer.parseInt(count.substring(1));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("firmware profile '" + original
                + "': expected hangs-after-pushes or hangs-after-pushes:N with N >= 1");
    }

    /** Time a phone takes before answering, by kind of request. */
    public record Latencies(Duration push, Duration page, Duration screenshot) {
        public static final Latencies NONE = new Latencies(Duration.ZERO, Duration.ZERO, Duration.ZERO);
        /** Figures of 79xx phones on a LAN: pushes parse and render, screenshots encode the whole panel. */
        public static final Latencies REALISTIC =
                new Latencies(Duration.ofMillis(150), Duration.ofMillis(80), Duration.ofMillis(700));
    }
}
