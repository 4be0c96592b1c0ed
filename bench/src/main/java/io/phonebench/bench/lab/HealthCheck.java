package io.phonebench.bench.lab;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import java.io.PrintStream;
import java.util.List;

/**
 * Brings every phone of a session to READY in parallel (boot times add up otherwise: a rack of 24 phones at 45 s
 * each), with one recovery power cycle for a phone that fails; prints one line per phone.
 */
final class HealthCheck {
    private final PrintStream out;
    private final RigWorkers workers;

    HealthCheck(PrintStream out, RigWorkers workers) {
        this.out = out;
        this.workers = workers;
    }

    void bringUp(List<Phone> phones) {
        workers.forEach(phones, this::bringUp);
    }

    private void bringUp(Phone phone) {
        try {
            phone.strategy().transition(PhoneState.READY);
        } catch (RuntimeException first) {
            if (!phone.strategy().recover("not ready: " + first.getMessage())) {
                out.printf("%-20s BROKEN  %s%n", phone.name(), phone.strategy().brokenBecause());
                return;
            }
        }
        phone.identifyFromDevice();
        out.printf("%-20s READY   %s%s%n", phone.name(), phone.model().name(),
                phone.identity().map(id -> "  serial " + id.serialNumber() + "  firmware " + id.firmware()).orElse(""));
    }
}
