package io.phonebench.bench.lab;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Brings every phone of a session to READY in parallel (boot times add up otherwise: a rack of 24 phones at 45 s
 * each), with one recovery power cycle for a phone that fails; prints one line per phone.
 */
final class HealthCheck {
    private final PrintStream out;

    HealthCheck(PrintStream out) {
        this.out = out;
    }

    void bringUp(List<Phone> phones) {
        List<CompletableFuture<Void>> all = phones.stream()
                .map(phone -> CompletableFuture.runAsync(() -> bringUp(phone))).toList();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
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
