package io.phonebench.bench.phone;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.power.PowerSwitch;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows how to bring a phone from UNKNOWN through OFF and BOOTING to READY, and how
 * to recover it: one power cycle. A phone that fails its recovery is BROKEN for the rest of the run.
 */
public final class PhoneStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(PhoneStrategy.class);

    private final String name;
    private final PhoneClient client;
    private final Optional<PowerSwitch> power;
    private final Duration bootTimeout;
    private final RecoveryListener recoveryListener;
    // Written under this object's lock; read without it, so that asking a phone's state never waits for its
    // transition (a boot, up to its deadline) to end: a run brings phones up while other phones' tests run.
    private volatile PhoneState state = PhoneState.UNKNOWN;
    private volatile String brokenBecause = "";
    private volatile int recoveries;
    private Runnable leaseCheck = () -> { };
    private BootSignal bootSignal = BootSignal.NONE;
    private volatile boolean leaseLost;

    public PhoneStrategy(String name, PhoneClient client, Optional<PowerSwitch> power, Duration bootTimeout,
                         RecoveryListener recoveryListener) {
        this.name = name;
        this.client = client;
        this.power = power;
        this.bootTimeout = bootTimeout;
        this.recoveryListener = recoveryListener;
    }

    /** How long this phone may take to boot before it counts as not coming up (also a power cycle's deadline). */
    public Duration bootTimeout() {
        return bootTimeout;
    }

    public PhoneState state() {
        return state;
    }

    public int recoveries() {
        return recoveries;
    }

    /**
     * The run drives this phone under a lease (a lease store another host may share): {@code verifyHeld} throws
     * {@link BenchInfrastructureException} "lease lost" when the run no longer holds it. It is checked before every
     * transition, so before each test ({@code prepareForTest}) and before a recovery power cycle.
     */
    public synchronized void drivenUnder(Runnable verifyHeld) {
        this.leaseCheck = verifyHeld;
    }

    /** A virtual phone's own signal that it is up, so a boot is noticed when it ends, not at the next poll. */
    public synchronized void signalledBy(BootSignal signal) {
        this.bootSignal = signal;
    }

    public synchronized BootSignal bootSignal() {
        return bootSignal;
    }

    /** Whether the run lost this phone's lease: from then on nothing may touch the phone, its power included. */
    public boolean leaseLost() {
        return leaseLost;
    }

    public synchronized void transition(PhoneState target) {
        if (state == PhoneState.BROKEN) {
            throw new BenchInfrastructureException("phone " + name + " is broken: " + brokenBecause);
        }
        verifyLease();
        try {
            while (state != target) {
                state = switch (state) {
                    case UNKNOWN -> probe();
                    case OFF -> powerOn();
                    case BOOTING -> awaitReady();
                    case READY -> {
                        if (target != PhoneState.OFF) {
                            throw new IllegalArgumentException("cannot go from READY to " + target);
                        }
                        power.orElseThrow(() -> noPower()).off();
                        yield PhoneState.OFF;
                    }
                    case BROKEN -> throw new BenchInfrastructureException("phone " + name + " is broken: "
                            + brokenBecause);
                };
            }
        } catch (RuntimeException e) {
            state = PhoneState.UNKNOWN;
            throw e;
        }
    }

    /**
     * One recovery power cycle after a fault, once per run: a phone that does not come back, or that faults again
     * after its recovery, is BROKEN (a second power cycle would only hide a phone that keeps failing and cost the
     * run another boot time).
     *
     * @return true when the phone is READY again
     */
    public synchronized boolean recover(String fault) {
        if (state == PhoneState.BROKEN) {
            return false;
        }
        if (recoveries > 0) {
            return breakDown(fault + "; it faulted again after its one recovery power cycle of this run");
        }
        recoveries++;
        LOG.warn("phone {}: recovering after '{}' with one power cycle", name, fault);
        try {
            power.orElseThrow(() -> noPower()).cycle();
            state = PhoneState.BOOTING;
            transition(PhoneState.READY);
            recoveryListener.recovered(name, fault, true);
            return true;
        } catch (RuntimeException e) {
            recoveryListener.recovered(name, fault, false);
            return breakDown(fault + "; recovery power cycle failed: " + e.getMessage());
        }
    }

    /**
     * A power cycle that brings an answering phone back to a clean state between tests (it kept state the per-test
     * reset could not clear), then READY. Not a recovery: it is not counted against the run's one recovery power
     * cycle and turns nothing BROKEN by itself; a phone that does not come back is a fault like any failed boot.
     */
    public synchronized void restart() {
        if (state == PhoneState.BROKEN) {
            throw new BenchInfrastructureException("phone " + name + " is broken: " + brokenBecause);
        }
        verifyLease();
        try {
            power.orElseThrow(() -> noPower()).cycle();
            state = PhoneState.BOOTING;
        } catch (RuntimeException e) {
            state = PhoneState.UNKNOWN;
            throw e;
        }
        transition(PhoneState.READY);
    }

    /** A lost lease makes the phone BROKEN for the rest of the run: another run may be driving it now. */
    private void verifyLease() {
        try {
            leaseCheck.run();
        } catch (BenchInfrastructureException e) {
            leaseLost = true;
            breakDown(e.getMessage() + "; " + name + " is not driven again in this run");
            throw new BenchInfrastructureException("phone " + name + " is broken: " + brokenBecause, e);
        }
    }

    private boolean breakDown(String because) {
        brokenBecause = because;   // first: whoever reads BROKEN reads why
        state = PhoneState.BROKEN;
        recoveryListener.broken(name, because);
        LOG.error("phone {} is broken: {}", name, brokenBecause);
        return false;
    }

    public String brokenBecause() {
        return brokenBecause;
    }

    /**
     * Whether the phone answers HTTP now. Only a network failure counts as silence: a phone that answers with a
     * malformed page is up (and failing its tests), not down.
     */
    public boolean answers() {
        try {
            client.deviceInformation();
            return true;
        } catch (BenchInfrastructureException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private PhoneState probe() {
        if (answers()) {
            return PhoneState.READY;
        }
        if (power.isEmpty()) {
            bootSignal.awaitUp(bootTimeout);
            client.forgetConnections();
            client.waitUntilUp(bootTimeout, bootSignal::settledFor);
            return PhoneState.READY;
        }
        power.get().off();
        return PhoneState.OFF;
    }

    private PhoneState powerOn() {
        power.orElseThrow(() -> noPower()).on();
        return PhoneState.BOOTING;
    }

    private PhoneState awaitReady() {
        bootSignal.awaitUp(bootTimeout);
        client.forgetConnections();
        client.waitUntilUp(bootTimeout, bootSignal::settledFor);
        return PhoneState.READY;
    }

    private BenchInfrastructureException noPower() {
        return new BenchInfrastructureException("phone " + name + " has no power switch in the rig: it cannot be"
                + " power cycled; add power: { switch: NAME, channel: N } to its entry");
    }
}
