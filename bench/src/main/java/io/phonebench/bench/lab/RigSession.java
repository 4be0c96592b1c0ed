package io.phonebench.bench.lab;

import io.phonebench.bench.lease.Lease;
import io.phonebench.bench.lease.LeaseStore;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.RecoveryListener;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.emulator.httpd.ServerLimits;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;

/**
 * A rig brought to life for one run: the service host, virtual phones for emulated entries, power switches
 * (simulated boards on pseudo-terminals where the rig says so), consoles, and a {@link Phone} for each phone used.
 * Everything is closed in reverse order of start; switches are left in their safe state.
 */
public final class RigSession implements AutoCloseable {
    private final Rig rig;
    private final Teardown teardown;
    private final ServiceHost serviceHost;
    private final Map<String, Phone> phones;
    private final Map<String, VirtualPhone> virtualPhones;
    private final PowerSwitches switches;
    private final Map<String, CompletableFuture<Void>> bringUps = new ConcurrentHashMap<>();

    private RigSession(Rig rig, Teardown teardown, ServiceHost serviceHost, Map<String, Phone> phones,
                       Map<String, VirtualPhone> virtualPhones, PowerSwitches switches) {
        this.rig = rig;
        this.teardown = teardown;
        this.serviceHost = serviceHost;
        this.phones = phones;
        this.virtualPhones = virtualPhones;
        this.switches = switches;
    }

    /**
     * Starts everything the named phones need (all phones when {@code phoneNames} is empty) and brings each phone to
     * READY. A phone that does not come up after one recovery is BROKEN, and the session still opens: its tests are
     * reported broken while the other phones run.
     */
    public static RigSession open(Rig rig, List<String> phoneNames, PrintStream notices) {
        return open(rig, phoneNames, notices, LeaseTerms.waiting(Duration.ofMinutes(2)));
    }

    /** As {@link #open(Rig, List, PrintStream)}, waiting for busy phones as {@code terms} say. */
    public static RigSession open(Rig rig, List<String> phoneNames, PrintStream notices, LeaseTerms terms) {
        return open(rig, phoneNames, notices, terms, RecoveryListener.NONE);
    }

    /** As {@link #open(Rig, List, PrintStream, LeaseTerms)}, telling {@code recoveries} what each phone recovered from. */
    public static RigSession open(Rig rig, List<String> phoneNames, PrintStream notices, LeaseTerms terms,
                                  RecoveryListener recoveries) {
        RigSession session = start(rig, phoneNames, notices, terms, recoveries);
        session.awaitEveryPhone();
        return session;
    }

    /**
     * As {@link #open(Rig, List, PrintStream, LeaseTerms, RecoveryListener)}, but returns once every phone's
     * bring-up has started, so a run's phone workers each wait for their own phone ({@link #awaitBroughtUp}): a
     * phone that boots slowly or breaks at the health check holds up its own tests, not the rack's.
     */
    public static RigSession start(Rig rig, List<String> phoneNames, PrintStream notices, LeaseTerms terms,
                                   RecoveryListener recoveries) {
        return open(rig, phoneNames, notices, LeaseStore.of(rig.leases()), terms, true, recoveries);
    }

    /**
     * As {@link #open(Rig, List, PrintStream)}, first taking an exclusive lease on the hardware of each phone used
     * ({@link LeasedHardware}: its address, switch output and console port), so two runs never drive one phone at
     * once, whatever their rig files call it; the lease is released last on close.
     */
    public static RigSession open(Rig rig, List<String> phoneNames, PrintStream notices, LeaseStore leases,
                                  LeaseTerms terms) {
        RigSession session = open(rig, phoneNames, notices, leases, terms, false, RecoveryListener.NONE);
        session.awaitEveryPhone();
        return session;
    }

    private static RigSession open(Rig rig, List<String> phoneNames, PrintStream notices, LeaseStore leases,
                                   LeaseTerms terms, boolean ownsStore, RecoveryListener recoveries) {
        // Screenshots and evidence images are decoded and encoded in memory; ImageIO's default disk cache for
        // streams only adds a temp file per image (BMP decode and PNG encode measured 3-10x slower with it).
        ImageIO.setUseCache(false);
        Teardown teardown = new Teardown();
        if (ownsStore) {
            teardown.add(leases);   // closed last, after the lease is released
        }
        try {
            List<PhoneSpec> used = phoneNames.isEmpty() ? rig.phones() : rig.phones(phoneNames);
            Lease lease = teardown.add(leases.acquire(LeasedHardware.of(rig, used), terms));
            RigWorkers workers = teardown.add(new RigWorkers(rig.name(), used.size()));
            // Every phone's reference model fetches from the bench's own address, all at once when the phones run side
            // by side: a cap per address sized for one phone's client refused them (NoHttpResponse, judged FAILED).
            ServerLimits limits = ServerLimits.serviceHost();
            ServiceHost serviceHost = teardown.add(new ServiceHost(rig.serviceHost())
                    .limits(limits.withConnectionsPerAddress(limits.connectionsPerAddress() * Math.max(1, used.size())))
                    .start());
            // The bench is the phones' authentication service: it authorizes the rig's directory user for pushes.
            serviceHost.authentication().authorize(rig.credentials().user(), rig.credentials().password());
            VirtualPowerWiring wiring = new VirtualPowerWiring();
            PowerSwitches switches = new PowerSwitches(teardown, notices, wiring);
            PhoneAssembly assembly = new PhoneAssembly(rig, teardown, serviceHost, switches, wiring, notices,
                    recoveries, workers, lease);
            Map<String, Phone> phones = new LinkedHashMap<>();
            for (PhoneSpec spec : used) {
                phones.put(spec.name(), assembly.assemble(spec));
            }
            safeStatesOnClose(teardown, phones.values());
            RigSession session = new RigSession(rig, teardown, serviceHost, phones, assembly.virtualPhones(),
                    switches);
            // Bring-ups get threads of their own, stopped first when the session closes: on the rig's workers, a
            // bring-up still polling its phone held the thread the phones' teardown needed, and closing waited for it.
            RigWorkers bringUpWorkers = teardown.add(new RigWorkers("bring-up-" + rig.name(), used.size(), true,
                    Thread.currentThread().getContextClassLoader()));
            session.bringUps.putAll(new HealthCheck(notices, bringUpWorkers, assembly.virtualPhones())
                    .start(new ArrayList<>(phones.values())));
            return session;
        } catch (RuntimeException e) {
            teardown.close();
            throw e;
        }
    }

    /**
     * How long a phone may take to boot: three times a virtual phone's boot time plus 5 s (140 s for the 45 s boots
     * of realistic-timing), 4 minutes for a real phone, whose boot the bench cannot know in advance.
     */
    static Duration bootDeadline(Optional<FirmwareProfile> virtualProfile) {
        return virtualProfile.map(p -> p.bootTime(Duration.ofSeconds(2)).multipliedBy(3).plusSeconds(5))
                .orElse(Duration.ofMinutes(4));
    }

    /**
     * Waits until {@code phone}'s bring-up, started when the session opened, has finished: the phone is READY, or
     * BROKEN with the reason in its strategy. Bounded by twice the phone's boot deadline (a recovery boots it once
     * more) and two minutes for the power and identity exchanges around the boots.
     *
     * @throws BenchInfrastructureException when the bring-up itself failed or overran that bound: the phone's test
     *                                      is BROKEN, whatever the failure was
     */
    public void awaitBroughtUp(Phone phone) {
        try {
            await(phone);
        } catch (BenchInfrastructureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BenchInfrastructureException("phone " + phone.name() + ": its bring-up failed: " + e, e);
        }
    }

    /** As {@link #awaitBroughtUp}, rethrowing what the bring-up threw as it is. */
    private void await(Phone phone) {
        CompletableFuture<Void> bringUp = bringUps.get(phone.name());
        if (bringUp == null) {
            return;   // not a phone of this session's bring-up
        }
        Duration bound = bootDeadline(Optional.ofNullable(virtualPhones.get(phone.name())).map(VirtualPhone::profile))
                .multipliedBy(2).plusMinutes(2);
        try {
            bringUp.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            BenchInfrastructureException overran = new BenchInfrastructureException("phone " + phone.name()
                    + ": its bring-up did not finish within " + bound.toSeconds() + " s (twice its boot deadline and"
                    + " 2 minutes)");
            bringUps.put(phone.name(), CompletableFuture.failedFuture(overran));   // the next caller does not wait
            throw overran;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new BenchInfrastructureException("phone " + phone.name() + ": its bring-up failed: "
                    + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phone " + phone.name() + ": interrupted waiting for its bring-up",
                    e);
        }
    }

    /**
     * Waits for every phone's bring-up; the first failure is rethrown as it is (a rig mistake stays the user's
     * error) after the others finished, and the session is closed.
     */
    private void awaitEveryPhone() {
        RuntimeException first = null;
        for (Phone phone : phones.values()) {
            try {
                await(phone);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            close();
            throw first;
        }
    }

    /** Safe states are applied at close, after consoles and phones are done with. */
    private static void safeStatesOnClose(Teardown teardown, Iterable<Phone> phones) {
        for (Phone phone : phones) {
            phone.power().ifPresent(p -> teardown.add(new SafeStateOnClose(phone, p)));
        }
    }

    public Rig rig() {
        return rig;
    }

    public ServiceHost serviceHost() {
        return serviceHost;
    }

    public List<Phone> phones() {
        return List.copyOf(phones.values());
    }

    public Optional<Phone> phone(String name) {
        return Optional.ofNullable(phones.get(name));
    }

    /** The simulated relay board behind a rig switch name, for fault injection in tests of the bench itself. */
    public Optional<io.phonebench.emulator.serial.SimulatedSerialDevice> simulatedBoard(String switchName) {
        return switches.simulatedBoard(switchName);
    }

    /** The virtual phone behind a rig phone, for fault injection in tests of the bench itself. */
    public Optional<VirtualPhone> virtualPhone(String name) {
        return Optional.ofNullable(virtualPhones.get(name));
    }

    /** Something the caller started for this session, closed with it (before anything the session started). */
    public void closeAlso(AutoCloseable resource) {
        teardown.add(resource);
    }

    @Override
    public void close() {
        teardown.close();
    }

    /** Puts one phone's switch into the rig's safe state when the session closes. */
    private record SafeStateOnClose(Phone phone, PowerSwitch power) implements AutoCloseable {
        @Override
        public void close() {
            if (!phone.strategy().leaseLost()) {   // a lost phone's power belongs to whoever holds it now
                power.applySafeState();
            }
        }
    }
}
