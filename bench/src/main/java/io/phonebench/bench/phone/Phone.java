package io.phonebench.bench.phone;

import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.screen.BaselineStore;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.bench.step.Steps;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.console.PhoneConsole;
import io.phonebench.drivers.host.SchedulingNoise;
import io.phonebench.drivers.host.SchedulingProbe;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.ScreenshotImage;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.rtp.StreamPacing;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.reference.ReferencePhone;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.ExecuteItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * A phone of the leased rig, as tests see it. Every step is done to the phone and, in the same step, to its
 * reference model ({@link #expected()}), so comparators can judge what the phone did against what it should have.
 */
public final class Phone {
    private final PhoneSpec spec;
    private final PhoneModel model;
    private final PhoneClient client;
    private final ReferencePhone expected;
    private final ServiceHost services;
    private final Optional<PowerSwitch> power;
    private final Optional<PhoneConsole> console;
    private final PhoneStrategy strategy;
    private final Optional<ClockDrive> clockDrive;
    private final Optional<SchedulingProbe> hostProbe;
    private volatile Optional<PhoneIdentity> identity = Optional.empty();
    private volatile BaselineStore baselines = new BaselineStore(java.nio.file.Path.of("baselines"), false);
    private final CleanStart cleanStart = new CleanStart(this);
    private final AtomicInteger isolationCycles = new AtomicInteger();

    public Phone(PhoneSpec spec, PhoneModel model, PhoneClient client, ReferencePhone expected, ServiceHost services,
                 Optional<PowerSwitch> power, Optional<PhoneConsole> console, PhoneStrategy strategy) {
        this(spec, model, client, expected, services, power, console, strategy, Optional.empty(), Optional.empty());
    }

    /**
     * @param clockDrive moves the phone's and its reference model's clocks together; virtual phones only
     * @param hostProbe  the session's measurement of the bench host's scheduling noise, for timing judgements
     */
    public Phone(PhoneSpec spec, PhoneModel model, PhoneClient client, ReferencePhone expected, ServiceHost services,
                 Optional<PowerSwitch> power, Optional<PhoneConsole> console, PhoneStrategy strategy,
                 Optional<ClockDrive> clockDrive, Optional<SchedulingProbe> hostProbe) {
        this.clockDrive = clockDrive;
        this.hostProbe = hostProbe;
        this.spec = spec;
        this.model = model;
        this.client = client;
        this.expected = expected;
        this.services = services;
        this.power = power;
        this.console = console;
        this.strategy = strategy;
    }

    public String name() {
        return spec.name();
    }

    public PhoneModel model() {
        return model;
    }

    public PhoneSpec spec() {
        return spec;
    }

    /** The address the phone's requests come from, as the service host records them. */
    public String address() {
        return spec.address();
    }

    /** The driver behind {@link #control()}, for the bench itself; test cases use {@link #control()}. */
    public PhoneClient client() {
        return client;
    }

    /** The phone itself over HTTP, as tests drive it beside {@link #push}: screenshots, device pages, raw posts. */
    public PhoneControl control() {
        return new ClientControl(name(), client, model.pushLimitBytes(), strategy.bootSignal(), cleanStart);
    }

    /** The phone's serial console as tests read it, if the rig attached one. */
    public Optional<ConsoleWatch> consoleWatch() {
        return console.map(DriverConsoleWatch::new);
    }

    /** The catalog's facts about the phone's model. */
    public ModelSheet modelSheet() {
        return new ModelSheet(model);
    }

    /** What tests read from the reference model beyond the steps this class mirrors on it. */
    public ReferenceView reference() {
        return new ModelReferenceView(expected);
    }

    /** Cycles the phone's power through the rig's switch, as a report step. */
    public void cyclePower() {
        PowerSwitch power = this.power.orElseThrow(() -> new IllegalStateException(name() + " "
                + Capability.POWER.missingReason() + "; mark the test @Requires(POWER)"));
        Steps.run("power cycle", Map.of("phone", name()), power::cycle);
    }

    /** The phone's reference model, for judges; test cases read it through {@link #reference()}. */
    public ReferencePhone expected() {
        return expected;
    }

    public ServiceHost services() {
        return services;
    }

    public Optional<PowerSwitch> power() {
        return power;
    }

    public Optional<PhoneConsole> console() {
        return console;
    }

    public PhoneStrategy strategy() {
        return strategy;
    }

    public Optional<PhoneIdentity> identity() {
        return identity;
    }

    /** Reads serial number, MAC and firmware from DeviceInformationX, so every result traces to one device. */
    public void identifyFromDevice() {
        var info = client.deviceInformation();
        identity = Optional.of(new PhoneIdentity(info.serialNumber().orElse("unknown"),
                info.macAddress().orElse("unknown"), info.versionId().or(info::appLoadId).orElse("unknown")));
    }

    /**
     * How late the bench host's threads woke since {@code sinceNanos} (a {@link System#nanoTime()} reading): the
     * error the host itself adds to any timing the bench measures, and on a virtual rig to the phone's own timers.
     * Timing judgements widen their tolerance by it, or call the measurement inconclusive; no probe, no noise.
     */
    public SchedulingNoise hostNoiseSince(long sinceNanos) {
        return hostProbe.map(p -> p.since(sinceNanos)).orElse(SchedulingNoise.NONE);
    }

    /** {@link #hostNoiseSince(long)} from a wall-clock instant. */
    public SchedulingNoise hostNoiseSince(Instant since) {
        return hostProbe.map(p -> p.since(since)).orElse(SchedulingNoise.NONE);
    }

    /**
     * Why this phone lacks a capability, for the skip reason. A console the rig declares but the session could not
     * attach is a simulated one on a machine without socat: say so, not "no console in the rig".
     */
    public String whyLacks(Capability capability) {
        if (capability == Capability.CONSOLE && spec.console().isPresent()) {
            return spec.console().get().simulated()
                    ? "has a simulated console, but socat is not installed (install it: sudo apt-get install socat)"
                    : "has a console in the rig that the bench could not open";
        }
        return capability.missingReason();
    }

    public boolean has(Capability capability) {
        return switch (capability) {
            case POWER -> power.isPresent();
            case CONSOLE -> console.isPresent();
            case DRIVABLE_CLOCK -> clockDrive.isPresent();
            default -> Capability.modelHas(model, capability);
        };
    }

    /** Where this run keeps the screen baselines a real phone is judged against, and whether it records them. */
    public BaselineStore baselines() {
        return baselines;
    }

    /** Set once when the session opens, from the run's --baselines / --record-baselines. */
    public void useBaselines(BaselineStore store) {
        this.baselines = store;
    }

    /**
     * How long a boot of this phone may take before it counts as not coming up: from its model's boot time as the
     * session knows it (a virtual phone's firmware profile, e.g. 45 s for realistic-timing, with margin; a real
     * phone's generous bound). Tests that power cycle wait this long, never a fixed time shorter than a real boot.
     */
    public Duration bootDeadline() {
        return strategy.bootTimeout();
    }

    /** Whether the phone answers HTTP right now: one request within its response timeout, never a poll. */
    public boolean answers() {
        return strategy.answers();
    }

    /**
     * Sets the phone's clock and its reference model's {@code step} behind the wall clock, so that a test can then
     * let time pass with {@link #advanceClock}. Requests made meanwhile are recorded earlier than the test began:
     * take the {@code since} of a judge after the clock has caught up.
     */
    public void turnClockBack(Duration step) {
        ClockDrive drive = clockDrive();
        Steps.run("turn clock back", Map.of("phone", name(), "by", step.toString()), () -> drive.turnBack(step));
    }

    /**
     * Moves the phone's clock and its reference model's forward by {@code step}, at most up to the wall clock:
     * judges compare the reference model's request times with the wall clock, so a clock ahead of it would mix the
     * requests of later tests with this one's. Turn the clock back first by what the test needs to pass.
     */
    public void advanceClock(Duration step) {
        ClockDrive drive = clockDrive();
        Duration behind = drive.offset().negated();
        if (step.compareTo(behind) > 0) {
            throw new IllegalStateException("the clock of " + name() + " may advance up to the wall clock, "
                    + behind + " from now, not " + step + ": call turnClockBack(" + step + ") first");
        }
        Steps.run("advance clock", Map.of("phone", name(), "by", step.toString()), () -> drive.advance(step));
    }

    /**
     * Begins a stretch of phone time of at most {@code span} that the test ends with {@link #letTimePass}: a virtual
     * phone's clock and its reference model's are set {@code span} behind, so the stretch later costs no wall time;
     * a real phone keeps real time. Returns the phone's time now: the {@code since} of the judges.
     */
    public Instant beginTimedStretch(Duration span) {
        if (clockDrive.isEmpty()) {
            return Instant.now();
        }
        turnClockBack(span);
        return clockDrive.get().now();
    }

    /**
     * How the bench paces a stream of {@code length} it sends to this phone's RTP port {@code phonePort}: on a
     * virtual phone's driven clock, with the clocks first set back by the stream's length and a second for packets an
     * impairment holds back (so the stream leaves them no further ahead than the wall clock), it costs no wall time;
     * on any other phone it runs in real time.
     */
    public StreamPacing rtpPacing(int phonePort, Duration length) {
        if (clockDrive.isEmpty()) {
            return StreamPacing.REAL_TIME;
        }
        turnClockBack(length.plusSeconds(1));
        return new DrivenStreamPacing(name(), clockDrive.get(), phonePort);
    }

    /**
     * Lets {@code span} of phone time pass: on a virtual phone its timed work (a Refresh) and its reference model's
     * run now, each at its due time on both clocks, so their gaps are judged in phone time. On a real phone nothing
     * happens here; the judges' waits take the real time.
     */
    public void letTimePass(Duration span) {
        if (clockDrive.isPresent()) {
            advanceClock(span);
        }
    }

    private ClockDrive clockDrive() {
        return clockDrive.orElseThrow(() -> new IllegalStateException(name() + " "
                + Capability.DRIVABLE_CLOCK.missingReason() + "; mark the test @Requires(DRIVABLE_CLOCK)"));
    }

    /**
     * True when this phone provably makes no request of its own within {@code window}: a virtual phone answering
     * nothing with no timed work due. Always false for a real phone, whose waits stay on the wall clock.
     */
    public boolean settledFor(Duration window) {
        return clockDrive.map(d -> d.settledFor(window)).orElse(false);
    }

    /** The reference model's screen now, decoded as the phone's screenshots are; one it cannot read is a bench fault. */
    public BufferedImage expectedScreen() {
        try {
            BufferedImage decoded = ScreenshotImage.decode(expected.screenshot());
            if (decoded == null) {
                throw new BenchInfrastructureException("reference screenshot of " + model.name()
                        + " is in no format ImageIO reads");
            }
            return decoded;
        } catch (IOException e) {
            throw new BenchInfrastructureException("reference screenshot of " + model.name() + ": " + e, e);
        }
    }

    /** Pushes an object to the phone and to its reference model. */
    public Pushed push(CiscoIPPhoneObject object) {
        return Steps.call("push " + object.getClass().getSimpleName(), Map.of("phone", name(),
                "bytes", object.pushBytes()), () -> {
            cleanStart.sent(object);
            CiscoIPPhoneResponse actual = client.push(object);
            CiscoIPPhoneResponse reference = expected.push(object);
            return new Pushed(object, actual, reference);
        });
    }

    /** Pushes a CiscoIPPhoneExecute of these URIs (keys, softkeys, URLs) at priority 0. */
    public Pushed execute(String... uris) {
        return push(new CiscoIPPhoneExecute(Arrays.stream(uris).map(ExecuteItem::new).toList()));
    }

    /** Requests this phone made to the service host so far, oldest first. */
    public List<RecordedRequest> requests() {
        return services.requests().stream().filter(r -> address().equals(r.from())).toList();
    }

    /**
     * Waits, woken by each request, until the reference model has made {@code count} requests matching
     * {@code wanted}: its timed fetches (Refresh) run on their own. The model is part of the bench, so missing the
     * deadline is BROKEN, not FAILED.
     */
    public List<RecordedRequest> awaitReferenceRequests(java.util.function.Predicate<RecordedRequest> wanted,
            int count, Duration timeout) {
        try {
            return expected.requestJournal().await(wanted, count, timeout);
        } catch (AssertionError late) {
            throw new io.phonebench.drivers.BenchInfrastructureException("reference model of " + name()
                    + " fell behind: " + late.getMessage());
        }
    }

    /**
     * Called before each test: the phone and its reference model back at one known clean state, whatever the test
     * before it left and even when the phone has a bug ({@link CleanStart}: the services application closed, no call,
     * no Status object, no cookie session; a phone that demonstrably kept any of it is power cycled, as a report
     * step). {@code Init:Services} rather than {@code Key:Services}, which would open the Services menu on an idle
     * phone and close it on the next test.
     */
    public void prepareForTest() {
        clockDrive.ifPresent(d -> d.advance(d.offset().negated()));  // a test that failed while behind
        strategy.transition(PhoneState.READY);
        cleanStart.prepare();
    }

    /** Power cycles this run made to bring the phone back to a clean state between tests (not recoveries). */
    public int isolationCycles() {
        return isolationCycles.get();
    }

    void noteIsolationCycle() {
        isolationCycles.incrementAndGet();
    }

    /** What to attach when a test on this phone did not pass: console tail and the phone's request trace. */
    public List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        console.ifPresent(c -> evidence.add(Evidence.text("console log (" + name() + ")", String.join("\n",
                c.tail(200)))));
        String trace = java.util.stream.Stream.concat(requests().stream().map(RecordedRequest::toString),
                services.journal().droppedMarker().stream()).collect(Collectors.joining("\n"));
        evidence.add(Evidence.text("request trace (" + name() + ")", trace.isEmpty() ? "(no requests)" : trace));
        return evidence;
    }

    /** The clocks of a virtual phone and its reference model, moved together. */
    public interface ClockDrive {
        /** How far both read ahead of the wall clock (negative: behind). */
        Duration offset();

        void turnBack(Duration step);

        /** Forward, running the timed work that falls due (Refresh, boot steps). */
        void advance(Duration step);

        /** The phone's time. */
        Instant now();

        /** The phone can make no request of its own within {@code window} (see VirtualPhone#settledFor). */
        boolean settledFor(Duration window);

        /**
         * Waits until the phone's stream received on {@code port} has taken in {@code datagrams} datagrams; false when
         * it has not within {@code timeout} (or receives nothing there).
         */
        boolean awaitRtpTaken(int port, long datagrams, Duration timeout);

        /**
         * Stamps the packets the phone receives on {@code port} with {@code nanos} (a paced stream's due times), or
         * with the wall clock again when empty; false when it receives nothing there.
         */
        boolean stampRtpArrivals(int port, Optional<LongSupplier> nanos);
    }

    @Override
    public String toString() {
        return name() + " (" + model.name() + " at " + address() + ")";
    }
}
