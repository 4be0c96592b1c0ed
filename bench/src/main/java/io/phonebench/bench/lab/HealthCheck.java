package io.phonebench.bench.lab;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings every phone of a session to READY in parallel (boot times add up otherwise: a rack of 24 phones at 45 s
 * each), with one recovery power cycle for a phone that fails; prints one line per phone.
 */
final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);
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
        String identity;
        try {
            phone.identifyFromDevice();
            identity = phone.identity().map(id -> "  serial " + id.serialNumber() + "  firmware " + id.firmware())
                    .orElse("");
        } catch (RuntimeException unread) {
            // The phone answered as READY a moment ago; one failed read of its identity page is a label missing
            // from its results, not a reason to fail the session (the tests will judge the phone itself).
            identity = "  identity unread: " + unread.getMessage();
            LOG.warn("phone {}: READY, but its identity (DeviceInformationX) could not be read: {}", phone.name(),
                    unread.getMessage());
        }
        out.printf("%-20s READY   %s%s%n", phone.name(), phone.model().name(), identity);
    }
}
