package io.phonebench.bench.lab;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneState;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a session's phones to READY, each on a bring-up thread of its own (boot times add up otherwise: a rack of 24
 * phones at 45 s each), with one recovery power cycle for a phone that fails; prints one line per phone as it ends.
 */
final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);
    private final PrintStream out;
    private final RigWorkers workers;
    private final Map<String, VirtualPhone> virtualPhones;

    /** @param virtualPhones the session's virtual phones by rig name, whose boots the bench can await as events */
    HealthCheck(PrintStream out, RigWorkers workers, Map<String, VirtualPhone> virtualPhones) {
        this.out = out;
        this.workers = workers;
        this.virtualPhones = virtualPhones;
    }

    /** Starts every phone's bring-up at once; each future completes when its phone is READY or BROKEN. */
    Map<String, CompletableFuture<Void>> start(List<Phone> phones) {
        Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();
        for (Phone phone : phones) {
            started.put(phone.name(), workers.start(() -> bringUp(phone)));
        }
        return started;
    }

    private void bringUp(Phone phone) {
        VirtualPhone virtual = virtualPhones.get(phone.name());
        if (virtual != null && phone.power().isEmpty()) {
            // Powered on when assembled: its READY is an event the bench owns. Polling its web server every 500 ms
            // through a 45 s boot cost a quarter of a 96-phone run's CPU. A boot that does not finish in time is
            // left to the strategy below, which polls once more and reports what it saw.
            try {
                virtual.awaitReady(RigSession.bootDeadline(Optional.of(virtual.profile())));
            } catch (IllegalStateException notReady) {
                LOG.debug("virtual phone {} not READY in time: {}", phone.name(), notReady.getMessage());
            }
        }
        try {
            phone.strategy().transition(PhoneState.READY);
        } catch (RuntimeException first) {
            if (Thread.currentThread().isInterrupted()) {
                return;   // the session is closing: the phone's tests will not run, and it is being shut down
            }
            if (!phone.strategy().recover("not ready: " + first.getMessage())) {
                if (!Thread.currentThread().isInterrupted()) {
                    out.printf("%-20s BROKEN  %s%n", phone.name(), phone.strategy().brokenBecause());
                }
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
