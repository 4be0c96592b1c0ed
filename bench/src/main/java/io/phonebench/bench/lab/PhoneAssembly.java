package io.phonebench.bench.lab;

import io.phonebench.bench.lease.Lease;
import io.phonebench.bench.phone.BootSignal;
import io.phonebench.bench.phone.MirroredPowerSwitch;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.PhoneStrategy;
import io.phonebench.bench.phone.RecoveryListener;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.console.PhoneConsole;
import io.phonebench.drivers.host.SchedulingProbe;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.Sleeper;
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
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Puts one rig phone together: its virtual phone when the rig emulates it, its reference model, power switch,
 * console, HTTP client and strategy. Everything it starts goes to the session's teardown.
 */
final class PhoneAssembly {
    private final Rig rig;
    private final Teardown teardown;
    private final ServiceHost serviceHost;
    private final PowerSwitches switches;
    private final VirtualPowerWiring wiring;
    private final Consoles consoles;
    private final PhoneCatalog catalog = PhoneCatalog.standard();
    private final SystemPhoneClock referenceClock;
    private final SchedulingProbe hostProbe;
    private final RecoveryListener recoveries;
    private final PhoneTeardowns phoneTeardowns;
    /** The run's lease on the hardware: a phone is driven only while it is still held. */
    private final Lease lease;
    private final Map<String, VirtualPhone> virtualPhones = new LinkedHashMap<>();

    PhoneAssembly(Rig rig, Teardown teardown, ServiceHost serviceHost, PowerSwitches switches,
                  VirtualPowerWiring wiring, PrintStream notices, RecoveryListener recoveries, RigWorkers workers,
                  Lease lease) {
        this.lease = lease;
        this.rig = rig;
        this.teardown = teardown;
        this.serviceHost = serviceHost;
        this.switches = switches;
        this.wiring = wiring;
        this.recoveries = recoveries;
        this.consoles = new Consoles(teardown, notices);
        // One timer thread serves every reference model of the session, however many phones the rig has.
        this.referenceClock = teardown.add(new SystemPhoneClock());
        // one probe for the session: timing judgements ask it how noisy the host was while they measured
        this.hostProbe = teardown.add(SchedulingProbe.start("host-scheduling-probe"));
        // each phone's own resources, closed in parallel (a virtual phone's servers take a while to stop)
        this.phoneTeardowns = teardown.add(new PhoneTeardowns(workers));
    }

    /** The virtual phones assembled so far, by rig phone name. */
    Map<String, VirtualPhone> virtualPhones() {
        return virtualPhones;
    }

    Phone assemble(PhoneSpec spec) {
        PhoneModel model = catalog.model(spec.model());
        int port = spec.port();
        Optional<VirtualPhone> virtual = Optional.empty();
        // A virtual phone and its reference model each run on a clock a test can move forward together.
        OffsetPhoneClock expectedClock = new OffsetPhoneClock(referenceClock);
        Optional<DrivenClocks> clockDrive = Optional.empty();
        Teardown own = phoneTeardowns.forPhone();
        // each phone its own view: its requests, its reset, its Authentication URL answers
        ServiceHost services = serviceHost.forPhone(spec.name(), spec.address());
        services.authentication().authorize(rig.credentials().user(), rig.credentials().password());
        if (spec.emulated()) {
            OffsetPhoneClock phoneClock = new OffsetPhoneClock(own.add(new SystemPhoneClock(
                    java.time.Clock.systemUTC(), "phone-clock-" + spec.name())));
            VirtualPhone phone = VirtualPhone.builder(model).address(spec.address()).port(spec.port())
                    .clock(phoneClock)
                    .credentials(rig.credentials().user(), rig.credentials().password())
                    .profile(FirmwareProfile.named(spec.emulatedProfile().orElseThrow()))
                    .authenticationUrl(java.net.URI.create(services.authenticationUrl()))
                    .build();
            own.add(phone);
            DrivenClocks clocks = new DrivenClocks(phoneClock, expectedClock, phone);
            clockDrive = Optional.of(clocks);
            services.stampWithClockOf(spec.address(), phoneClock::now);
            virtual = Optional.of(phone);
            virtualPhones.put(spec.name(), phone);
            port = phone.uri().getPort();
            spec.power().ifPresentOrElse(p -> wiring.connect(p.switchName(), p.channel(), clocks), clocks::powerOn);
        }
        RtpAnswers rtpAnswers = new RtpAnswers();
        ReferencePhone expected = ReferencePhone.builder(model).clock(expectedClock)
                .uriHandler(rtpAnswers).build();
        // a virtual phone's off time passes on its driven clock, as its boot does
        Sleeper offTime = clockDrive.<Sleeper>map(c -> c::letOffTimePass).orElse(Sleeper.REAL);
        Optional<PowerSwitch> power = spec.power().map(p -> new MirroredPowerSwitch(switches.forPhone(
                rig.switches().get(p.switchName()), p, offTime), () -> {
                    expected.reset();
                    rtpAnswers.reset();
                }));
        Optional<PhoneConsole> console = consoles.open(spec, virtual);
        // a virtual phone whose firmware hung says so: its answer deadlines pass without wall time, as its boot does
        BooleanSupplier hung = virtual.<BooleanSupplier>map(v -> v::hung).orElse(() -> false);
        PhoneClient client = own.add(new PhoneClient(new PhoneAddress(spec.address(), port,
                rig.credentials().user(), rig.credentials().password()), model.pushLimitBytes(),
                PhoneClientSettings.defaults(), hung));
        Duration bootTimeout = RigSession.bootDeadline(virtual.map(VirtualPhone::profile));
        PhoneStrategy strategy = new PhoneStrategy(spec.name(), client, power, bootTimeout, recoveries);
        // A lease this run released itself (the session closing at SIGTERM while a worker starts its next test) is
        // not lost: that test is stopped by the termination, not turned BROKEN as if another bench took the phone.
        List<String> leased = LeasedHardware.of(rig, spec);   // this phone's part of the rig's lease
        strategy.drivenUnder(() -> lease.verifyHeld(leased));
        virtual.ifPresent(v -> strategy.signalledBy(new VirtualBoot(spec.name(), v)));
        return new Phone(spec, model, client, expected, services, power, console, strategy,
                clockDrive.map(Phone.ClockDrive.class::cast), Optional.of(hostProbe));
    }

    /**
     * A virtual phone's end of boot, as an event (a phone still booting at the deadline is BROKEN), and whether it
     * can change by itself: it runs on the driven clocks, so when it answers nothing and has nothing due, a poll's
     * pause passes without wall time.
     */
    private record VirtualBoot(String name, VirtualPhone phone) implements BootSignal {
        @Override
        public void awaitUp(Duration timeout) {
            try {
                phone.awaitReady(timeout);
            } catch (IllegalStateException e) {
                throw new BenchInfrastructureException("phone " + name + " did not come up: " + e.getMessage());
            }
        }

        @Override
        public boolean settledFor(Duration span) {
            return phone.settledFor(span);
        }
    }

    /** Each phone's own resources, one teardown per phone, closed all at once on the rig's workers. */
    private static final class PhoneTeardowns implements AutoCloseable {
        private final RigWorkers workers;
        private final List<Teardown> phones = new ArrayList<>();

        PhoneTeardowns(RigWorkers workers) {
            this.workers = workers;
        }

        synchronized Teardown forPhone() {
            Teardown own = new Teardown();
            phones.add(own);
            return own;
        }

        @Override
        public void close() {
            List<Teardown> all;
            synchronized (this) {
                all = List.copyOf(phones);
                phones.clear();
            }
            workers.forEach(all, Teardown::close);
        }
    }

    /**
     * A virtual phone's clock and its reference model's, always moved together, and the phone's power, whose boot
     * and off time pass on them. One lock orders the moves: a simulated relay powers the phone on from the board's
     * own thread while a test's thread may be letting time pass.
     */
    private static final class DrivenClocks implements Phone.ClockDrive, VirtualPowerWiring.Powered {
        private final OffsetPhoneClock phone;
        private final OffsetPhoneClock expected;
        private final VirtualPhone device;

        DrivenClocks(OffsetPhoneClock phone, OffsetPhoneClock expected, VirtualPhone device) {
            this.phone = phone;
            this.expected = expected;
            this.device = device;
        }

        @Override
        public boolean settledFor(Duration window) {
            return device.settledFor(window);
        }

        @Override
        public java.time.Instant now() {
            return phone.now();
        }

        @Override
        public boolean stampRtpArrivals(int port, Optional<LongSupplier> nanos) {
            return device.rtp().stampArrivals(port, nanos);
        }

        @Override
        public boolean awaitRtpTaken(int port, long datagrams, Duration timeout) {
            try {
                return device.rtp().awaitTaken(port, datagrams, timeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public Duration offset() {
            return expected.offset();
        }

        @Override
        public synchronized void turnBack(Duration step) {
            phone.turnBack(step);
            expected.turnBack(step);
        }

        @Override
        public synchronized void advance(Duration step) {
            phone.advance(step);
            expected.advance(step);
        }

        /**
         * Powers the phone on with its boot passing on the driven clocks: set back by the boot time, powered on, run
         * forward again. Every boot line and the ready line come at once, each at its due time on the phone's clock,
         * so a 45 s boot of realistic-timing costs no wall time; the console and HTTP show the same boot.
         */
        @Override
        public synchronized void powerOn() {
            Duration boot = device.bootTime();
            turnBack(boot);
            try {
                device.powerOn();
            } finally {
                advance(boot);
            }
        }

        @Override
        public void powerOff() {
            device.powerOff();
        }

        /**
         * A power cycle's off time: the phone's clock passes through it (set back and run forward) once the cut has
         * reached the phone, which the bench waits for, at most the off time in real time (a stuck relay never cuts
         * it). Nothing of a phone runs while it is off, so the rest of the off time costs no wall time, and the
         * power-on that follows finds the phone off: a boot signal never mistakes the old boot for the new one.
         */
        void letOffTimePass(Duration offTime) {
            device.awaitOff(offTime);
            synchronized (this) {
                turnBack(offTime);
                advance(offTime);
            }
        }
    }
}
