package io.phonebench.bench.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.phone.PhoneState;
import io.phonebench.bench.phone.PhoneStrategy;
import io.phonebench.bench.run.RecoveryLedger;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.SafeState;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.virtual.Fault;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real virtual phone over loopback HTTP behind a power switch that really cuts it: a phone that stops answering
 * is recovered by one power cycle, a second fault makes it BROKEN with the evidence, and no wait is unbounded.
 */
class PhoneRecoveryTest {
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMillis(700);

    private VirtualPhone virtual;
    private PhoneClient client;

    @BeforeEach
    void startPhone() {
        PhoneModel model = PhoneCatalog.standard().model("CP-7970G");
        virtual = VirtualPhone.builder(model).address("127.0.9.1").port(0).credentials("bench", "s3cret-recovery")
                .bootTime(Duration.ofMillis(50)).build();
        virtual.powerOn();
        virtual.awaitReady(Duration.ofSeconds(5));
        client = new PhoneClient(new PhoneAddress("127.0.9.1", virtual.uri().getPort(), "bench", "s3cret-recovery"),
                model.pushLimitBytes(), PhoneClientSettings.defaults()
                .withTimeouts(Duration.ofMillis(500), RESPONSE_TIMEOUT));
    }

    @AfterEach
    void stopPhone() {
        client.close();
        virtual.close();
    }

    @Test
    void stalledPushEndsWithinTheResponseTimeoutAsInfrastructureFault() {
        virtual.inject(new Fault.Stall(Duration.ofMinutes(5)));
        long start = System.nanoTime();

        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.push(new CiscoIPPhoneText("T", "P", "text")));

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < RESPONSE_TIMEOUT.toMillis() * 4, "push waited " + millis + " ms: " + e.getMessage());
        assertTrue(e.getMessage().contains("127.0.9.1"), "names the phone: " + e.getMessage());
    }

    @Test
    void recoversStalledPhoneOnceThenBreaksItOnTheNextFault() {
        RecoveryLedger ledger = new RecoveryLedger();
        PhoneStrategy strategy = new PhoneStrategy("recovery-7970", client, Optional.of(new CuttingSwitch()),
                Duration.ofSeconds(5), ledger);
        strategy.transition(PhoneState.READY);

        virtual.inject(new Fault.Stall(Duration.ofMinutes(5)));
        assertFalse(strategy.answers(), "a stalled phone does not answer");
        assertTrue(strategy.recover("stalled push"), "one power cycle clears the stall");
        assertEquals(PhoneState.READY, strategy.state());
        assertTrue(strategy.answers());

        virtual.inject(new Fault.Stall(Duration.ofMinutes(5)));
        assertFalse(strategy.recover("stalled again"));

        assertEquals(PhoneState.BROKEN, strategy.state());
        assertTrue(strategy.brokenBecause().contains("stalled again"), strategy.brokenBecause());
        assertTrue(ledger.brokenPhones().containsKey("recovery-7970"));
        assertTrue(ledger.recoveries().stream()
                .anyMatch(r -> r.phone().equals("recovery-7970") && r.back()));
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> strategy.transition(PhoneState.READY));
        assertTrue(e.getMessage().contains("recovery-7970 is broken"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-recovery"), "no password in: " + e.getMessage());
    }

    @Test
    void serverErrorFromDevicePageCountsAsDownAndIsRecovered() {
        PhoneStrategy strategy = new PhoneStrategy("error-7970", client, Optional.of(new CuttingSwitch()),
                Duration.ofSeconds(5), new RecoveryLedger());
        strategy.transition(PhoneState.READY);
        virtual.inject(new Fault.HttpStatus(500), "/DeviceInformationX", 1);

        // The web server of a wedged phone answers 500 to everything: the bench treats it as down and power cycles.
        assertFalse(strategy.answers(), "HTTP 500 on the device page");
        assertTrue(strategy.recover("HTTP 500 on /DeviceInformationX"));
        assertEquals(PhoneState.READY, strategy.state());
    }

    /** Power that really cuts the virtual phone, as the simulated relay board wiring does. */
    @Test
    void phoneThatNeverBootsAfterItsPowerCycleIsBrokenWithinTheBootTimeout() {
        PhoneStrategy strategy = new PhoneStrategy("bricked-7970", client, Optional.of(new CuttingSwitch()),
                Duration.ofSeconds(2), new RecoveryLedger());
        strategy.transition(PhoneState.READY);
        virtual.neverBootAgain();
        virtual.inject(new Fault.Stall(Duration.ofMinutes(5)));
        long start = System.nanoTime();

        assertFalse(strategy.recover("stalled push"), "a phone that never boots again is not recovered");

        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2_000 + 3_000, "recovery gave up after " + millis + " ms, expected about the boot timeout");
        assertEquals(PhoneState.BROKEN, strategy.state());
        assertTrue(strategy.brokenBecause().contains("recovery power cycle failed"), strategy.brokenBecause());
        assertTrue(virtual.consoleTail().stream().anyMatch(l -> l.contains("halting")),
                "the console shows where it stopped: " + virtual.consoleTail());
        BenchInfrastructureException later = assertThrows(BenchInfrastructureException.class,
                () -> strategy.transition(PhoneState.READY));
        assertTrue(later.getMessage().contains("is broken"), later.getMessage());
    }

    private final class CuttingSwitch implements PowerSwitch {
        @Override
        public void on() {
            virtual.powerOn();
        }

        @Override
        public void off() {
            virtual.powerOff();
        }

        @Override
        public void cycle() {
            off();
            on();
        }

        @Override
        public Optional<Boolean> state() {
            return Optional.of(virtual.state() != io.phonebench.emulator.virtual.PowerState.OFF);
        }

        @Override
        public SafeState safeState() {
            return SafeState.ON;
        }
    }
}
