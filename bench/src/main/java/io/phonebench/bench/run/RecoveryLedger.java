package io.phonebench.bench.run;

import io.phonebench.bench.phone.RecoveryListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the bench did about faults during one run: each recovery power cycle and whether the phone came back, and
 * each phone declared BROKEN. The CLI reads it after the JUnit launcher has closed the rig session, so it is the one
 * process-wide record; {@link #reset()} starts a run afresh.
 */
public final class RecoveryLedger implements RecoveryListener {
    /** One recovery attempt on a phone, with the fault that caused it. */
    public record Recovery(String phone, String fault, boolean back) {
    }

    private static final RecoveryLedger SHARED = new RecoveryLedger();

    private final List<Recovery> recoveries = new ArrayList<>();
    private final Map<String, String> broken = new LinkedHashMap<>();

    public static RecoveryLedger shared() {
        return SHARED;
    }

    public synchronized void reset() {
        recoveries.clear();
        broken.clear();
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
