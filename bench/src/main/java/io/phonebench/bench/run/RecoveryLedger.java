package io.phonebench.bench.run;

import io.phonebench.bench.phone.RecoveryListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the bench did about faults during one run: each recovery power cycle and whether the phone came back, and
 * each phone declared BROKEN. The rig session lives inside the JUnit launcher and the run's summary outside it, so
 * the session's strategies report through JUnit's own channel: {@link #publishingTo} turns each event into a report
 * entry, and the run's listener {@link #read}s it into the summary's ledger.
 */
public final class RecoveryLedger implements RecoveryListener {
    /** One recovery attempt on a phone, with the fault that caused it. */
    public record Recovery(String phone, String fault, boolean back) {
    }

    private static final String PHONE = "phonebench.recovery.phone";
    private static final String FAULT = "phonebench.recovery.fault";
    private static final String BACK = "phonebench.recovery.back";
    private static final String BROKEN_PHONE = "phonebench.broken.phone";
    private static final String BECAUSE = "phonebench.broken.because";

    private final List<Recovery> recoveries = new ArrayList<>();
    private final Map<String, String> broken = new LinkedHashMap<>();

    /** A listener that hands each event to {@code publish} as a JUnit report entry (key-value pairs). */
    public static RecoveryListener publishingTo(Consumer<Map<String, String>> publish) {
        return new RecoveryListener() {
            @Override
            public void recovered(String phone, String fault, boolean back) {
                publish.accept(Map.of(PHONE, phone, FAULT, nonBlank(fault), BACK, Boolean.toString(back)));
            }

            @Override
            public void broken(String phone, String because) {
                publish.accept(Map.of(BROKEN_PHONE, phone, BECAUSE, nonBlank(because)));
            }
        };
    }

    /** Records the event a report entry of {@link #publishingTo} carries; other entries are not the ledger's. */
    public void read(Map<String, String> entry) {
        if (entry.containsKey(PHONE)) {
            recovered(entry.get(PHONE), entry.getOrDefault(FAULT, "-"), Boolean.parseBoolean(entry.get(BACK)));
        } else if (entry.containsKey(BROKEN_PHONE)) {
            broken(entry.get(BROKEN_PHONE), entry.getOrDefault(BECAUSE, "-"));
        }
    }

    /** JUnit refuses blank report values. */
    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? "-" : text;
    }

    @Override
    public synchronized void recovered(String phone, String fault, boolean back) {
        recoveries.add(new Recovery(phone, fault, back));
    }

    @Override
    public synchronized void broken(String phone, String because) {
        broken.putIfAbsent(phone, because);
    }

    public synchronized List<Recovery> recoveries() {
        return List.copyOf(recoveries);
    }

    /** Recoveries after which the phone was READY again. */
    public synchronized int recoveredCount() {
        return (int) recoveries.stream().filter(Recovery::back).count();
    }

    /** Phones declared BROKEN, with why, in the order they broke. */
    public synchronized Map<String, String> brokenPhones() {
        return Map.copyOf(broken);
    }
}
