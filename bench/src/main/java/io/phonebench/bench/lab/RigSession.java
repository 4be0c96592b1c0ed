package io.phonebench.bench.lab;

import io.phonebench.bench.lease.LeaseStore;
import io.phonebench.bench.lease.LeaseTerms;
import io.phonebench.bench.phone.MirroredPowerSwitch;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneStrategy;
import io.phonebench.bench.phone.RecoveryListener;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.drivers.console.PhoneConsole;
import io.phonebench.drivers.host.SchedulingProbe;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.OffsetPhoneClock;
import io.phonebench.emulator.clock.SystemPhoneClock;
import io.phonebench.emulator.reference.ReferencePhone;
import io.phonebench.emulator.rtp.RtpAnswers;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        return open(rig, phoneNames, notices, LeaseStore.of(rig.leases()), terms, true, recoveries);
    }

    /**
     * As {@link #open(Rig, List, PrintStream)}, first taking an exclusive lease on the hardware of each phone used
     * ({@link LeasedHardware}: its address, switch output and console port), so two runs never drive one phone at
     * once, whatever their rig files call it; the lease is released last on close.
     */
    public static RigSession open(Rig rig, List<String> phoneNames, PrintStream notices, LeaseStore leases,
                                  LeaseTerms terms) {
        return open(rig, phoneNames, notices, leases, terms, false, RecoveryListener.NONE);
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
            teardown.add(leases.acquire(LeasedHardware.of(rig, used), terms));
            ServiceHost serviceHost = teardown.add(new ServiceHost(rig.serviceHost()).start());
            // The bench is the phones' authentication service: it authorizes the rig's directory user for pushes.
            serviceHost.authentication().authorize(rig.credentials().user(), rig.credentials().password());
            VirtualPowerWiring wiring = new VirtualPowerWiring();
            PowerSwitches switches = new PowerSwitches(teardown, notices, wiring);
            Consoles consoles = new Consoles(teardown, notices);
            PhoneCatalog catalog = PhoneCatalog.standard();
            // One timer thread serves every reference model of the session, however many phones the rig has.
            SystemPhoneClock referenceClock = teardown.add(new SystemPhoneClock());
            // one probe for the session: timing judgements ask it how noisy the host was while they measured
            SchedulingProbe hostProbe = teardown.add(SchedulingProbe.start("host-scheduling-probe"));
            Map<String, Phone> phones = new LinkedHashMap<>();
            Map<String, VirtualPhone> virtualPhones = new LinkedHashMap<>();
            for (PhoneSpec spec : used) {
                PhoneModel model = catalog.model(spec.model());
                int port = spec.port();
                Optional<VirtualPhone> virtual = Optional.empty();
                // A virtual phone and its reference model each run on a clock a test can move forward together.
                OffsetPhoneClock expectedClock = new OffsetPhoneClock(referenceClock);
                Optional<Phone.ClockDrive> clockDrive = Optional.empty();
                if (spec.emulated()) {
                    OffsetPhoneClock phoneClock = new OffsetPhoneClock(teardown.add(new SystemPhoneClock(
                            java.time.Clock.systemUTC(), "phone-clock-" + spec.name())));
                    clockDrive = Optional.of(new DrivenClocks(phoneClock, expectedClock));
                    VirtualPhone phone = VirtualPhone.builder(model).address(spec.address()).port(spec.port())
                            .clock(phoneClock)
                            .credentials(rig.credentials().user(), rig.credentials().password())
                            .profile(FirmwareProfile.named(spec.emulatedProfile().orElseThrow()))
                            .authenticationUrl(java.net.URI.create(serviceHost.authenticationUrl()))
                            .build();
                    teardown.add(phone);
                    virtual = Optional.of(phone);
                    virtualPhones.put(spec.name(), phone);
                    port = phone.uri().getPort();
                    VirtualPhone powered = phone;
                    spec.power().ifPresentOrElse(p -> wiring.connect(p.switchName(), p.channel(), powered),
                            powered::powerOn);
                }
                RtpAnswers rtpAnswers = new RtpAnswers();
                ReferencePhone expected = ReferencePhone.builder(model).clock(expectedClock)
                        .uriHandler(rtpAnswers).build();
                Optional<PowerSwitch> power = spec.power().map(p -> new MirroredPowerSwitch(switches.forPhone(
                        rig.switches().get(p.switchName()), p), () -> {
                            expected.reset();
                            rtpAnswers.reset();
                        }));
                Optional<PhoneConsole> console = consoles.open(spec, virtual);
                PhoneClient client = teardown.add(new PhoneClient(new PhoneAddress(spec.address(), port,
                        rig.credentials().user(), rig.credentials().password()), model.pushLimitBytes(),
                        PhoneClientSettings.defaults()));
                Duration bootTimeout = virtual.map(v -> v.profile().bootTime(Duration.ofSeconds(2)).multipliedBy(3)
                        .plusSeconds(5)).orElse(Duration.ofMinutes(4));
                PhoneStrategy strategy = new PhoneStrategy(spec.name(), client, power, bootTimeout,
                        recoveries);
                phones.put(spec.name(), new Phone(spec, model, client, expected, serviceHost, power, console,
                        strategy, clockDrive, Optional.of(hostProbe)));
            }
            power(teardown, phones.values());
            RigSession session = new RigSession(rig, teardown, serviceHost, phones, virtualPhones, switches);
            new HealthCheck(notices).bringUp(new ArrayList<>(phones.values()));
            return session;
        } catch (RuntimeException e) {
            teardown.close();
            throw e;
        }
    }

    /** Safe states are applied at close, after consoles and phones are done with. */
    private static void power(Teardown teardown, Iterable<Phone> phones) {
        for (Phone phone : phones) {
            phone.power().ifPresent(p -> teardown.add(new SafeStateOnClose(phone.name(), p)));
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

    /** A virtual phone's clock and its reference model's, always moved together. */
    private record DrivenClocks(OffsetPhoneClock phone, OffsetPhoneClock expected) implements Phone.ClockDrive {
        @Override
        public Duration offset() {
            return expected.offset();
        }

        @Override
        public void turnBack(Duration step) {
            phone.turnBack(step);
            expected.turnBack(step);
        }

        @Override
        public void advance(Duration step) {
            phone.advance(step);
            expected.advance(step);
        }
    }

    /** Puts one phone's switch into the rig's safe state when the session closes. */
    private record SafeStateOnClose(String phone, PowerSwitch power) implements AutoCloseable {
        @Override
        public void close() {
            power.applySafeState();
        }
    }
}
