package io.phonebench.emulator.virtual;

import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.exchange.RequestJournal;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.PhoneClock;
import io.phonebench.emulator.clock.SystemPhoneClock;
import io.phonebench.emulator.host.PortBinding;
import io.phonebench.emulator.httpd.ServerLimits;
import io.phonebench.emulator.reference.ReferencePhone;
import io.phonebench.emulator.rtp.RtpStreams;
import io.phonebench.emulator.rtp.StreamDirection;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import io.phonebench.protocol.uri.RtpUri;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * One phone model served over real HTTP on its own loopback address: /CGI/Execute, /CGI/Screenshot and the device
 * pages, with power, a boot console and injectable faults. {@code start()} powers it on; it answers HTTP once READY.
 * {@code start()}, {@code stop()} and {@code close()} are idempotent.
 */
public final class VirtualPhone implements AutoCloseable {
    /**
     * The requests a phone keeps for {@link #requests()} and {@link #takeRequest}: a test looks at its last few, and a
     * failure message lists twenty. The service host's journal keeps ten times as many, because its requests are the
     * evidence; these are not. A kept request is packed with its headers into one array of about 600 bytes, reused
     * once the journal is full, so a fleet of 2,000 virtual phones in one JVM holds about 130 MB of them, not 2 GB, and
     * a benchmark step fills every phone's journal before it measures.
     */
    public static final int REQUESTS_KEPT = 100;
    public static final long REQUEST_BYTES_KEPT = 512 * 1024;

    private static final Duration BIND_PATIENCE = Duration.ofSeconds(2);

    private final PhoneModel model;
    private final InetAddress address;
    private final int port;
    private final PortHold portHold;
    private final FirmwareProfile profile;
    private final PhoneClock clock;
    private final boolean ownsClock;
    private final Duration bootTime;
    private final String name;
    private final ExecuteEndpoint execute;
    private final ScreenshotEndpoint screenshot;
    private final DevicePages pages;
    private final DeviceIdentity identity;
    private final ReferencePhone reference;
    private final RtpStreams rtp;
    private final Optional<AuthenticationUrl> authentication;
    private final FaultPlan faults = new FaultPlan();
    private final RequestJournal log;
    private final ConsoleFeed console = new ConsoleFeed();
    private final ServerLimits serverLimits;
    private final AtomicInteger answering = new AtomicInteger();   // HTTP requests being answered right now

    // guarded by this
    private PowerState state = PowerState.OFF;
    private long boot;              // which power-on the scheduled boot steps belong to
    private volatile PowerLine power = new PowerLine();   // a new one at each power-on; hung() reads it unlocked
    private HttpFace face;
    private boolean closed;
    private boolean neverBoots;
    private String lastFailure = "";

    private VirtualPhone(Builder b) {
        this.model = b.model;
        this.address = b.address;
        this.portHold = PortHold.on(b.address, b.port);
        this.port = portHold.port();
        this.profile = b.profile;
        this.ownsClock = b.clock == null;
        this.clock = b.clock == null ? new SystemPhoneClock() : b.clock;
        this.bootTime = profile.bootTime(b.bootTime);
        this.serverLimits = b.serverLimits;
        this.name = b.model.name() + "@" + address.getHostAddress() + ":" + port;
        this.log = new RequestJournal(name, REQUEST_BYTES_KEPT, REQUESTS_KEPT);
        PhoneUser credentials = new PhoneUser(b.user, b.password);
        this.identity = DeviceIdentity.of(model, address);
        this.reference = b.reference != null ? b.reference : ReferencePhone.builder(model).clock(clock)
                .deviations(profile.deviations()).localAddress(address).uriHandler(this::handleRtp)
                .onDial(d -> console.emit(dialLine(d.digits()))).build();
        this.authentication = Optional.ofNullable(b.authenticationUrl)
                .map(u -> new AuthenticationUrl(u, identity.hostName(), profile, address));
        this.execute = new ExecuteEndpoint(model, credentials, b.pushTarget != null ? b.pushTarget : reference::push,
                profile, authentication);
        this.screenshot = new ScreenshotEndpoint(model, credentials, b.screen != null ? b.screen : screenOf(reference));
        this.rtp = new RtpStreams(name, address, Math.max(1, model.rtpStreamSlots()));
        this.pages = new DevicePages(model, identity, clock, log::total, profile.malformedDevicePages(),
                n -> rtp.snapshot(n).fields(), authentication.map(a -> a.url().toString()).orElse(""));
        power.cut();
    }

    /** The reference phone's screen, written into the pool's arrays where its format allows. */
    private static ScreenSource screenOf(ReferencePhone reference) {
        return new ScreenSource() {
            @Override
            public byte[] screenshot() {
                return reference.screenshot();
            }

            @Override
            public byte[] screenshot(IntFunction<byte[]> arrays) {
                return reference.screenshot(arrays);
            }
        };
    }

    /**
     * The console line a call attempt prints, so a bench can see the number dialled (from a Directory's Dial softkey
     * or a Dial: URI) without a call manager.
     */
    public static String dialLine(String digits) {
        return "call: dialling " + digits;
    }

    public static Builder builder(PhoneModel model) {
        return new Builder(model);
    }

    /** Powers the phone on; it boots and answers HTTP after its boot time. */
    public void start() {
        powerOn();
    }

    /** Powers the phone off; the console and recordings stay readable. */
    public void stop() {
        powerOff();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            powerOff();
            portHold.close();
            rtp.close();
            authentication.ifPresent(AuthenticationUrl::close);
        } finally {
            if (ownsClock && clock instanceof SystemPhoneClock system) {
                system.close();
            }
        }
    }

    public synchronized void powerOn() {
        if (closed) {
            throw new IllegalStateException(name + ": closed; build a new VirtualPhone");
        }
        if (state != PowerState.OFF) {
            return;
        }
        state = PowerState.BOOTING;
        power = new PowerLine();
        long thisBoot = ++boot;
        if (neverBoots) {
            // A phone bricked by a bad flash: power is there, the bootloader starts, nothing else ever comes.
            console.emit("*** power on");
            console.emit("Loading bootloader ... image check failed, halting");
            return;
        }
        new BootSequence(model, identity, bootTime, clock, console).run(() -> finishBoot(thisBoot),
                () -> stillBooting(thisBoot));
    }

    /** Cuts power: the server closes at once (connection refused) and waiting requests are released. */
    public void powerOff() {
        closeFace(cutPower());
    }

    /** Closes the server a power cut took down, and holds its port until the next boot binds it again. */
    private void closeFace(Optional<HttpFace> closing) {
        closing.ifPresent(HttpFace::close);
        portHold.take();
    }

    /** The state change of a power cut; the old server, if any, is for the caller to close. */
    private synchronized Optional<HttpFace> cutPower() {
        if (state == PowerState.OFF) {
            return Optional.empty();
        }
        boot++;
        state = PowerState.OFF;
        power.cut();
        HttpFace closing = face;
        face = null;
        notifyAll();
        console.emit("*** power off");
        // Nothing survives a power cut: the next boot starts with an empty display, history, jar and no streams.
        reference.reset();
        rtp.stop(StreamDirection.RECEIVE);
        rtp.stop(StreamDirection.TRANSMIT);
        return Optional.ofNullable(closing);
    }

    /**
     * True when this phone can make no request of its own within {@code window}: it is answering no HTTP request
     * (a push's fetches run inside its answer, a Reboot fault's restart after it) and no timed work (Refresh, boot
     * steps) is running or falls due on its clock, so nothing about it changes by itself either. False when its clock
     * cannot tell. Lets a trace judge stop waiting for stray requests that cannot come, and a boot poll spend no wall
     * time between attempts whose answer cannot change.
     */
    public boolean settledFor(Duration window) {
        return answering.get() == 0 && clock.quietFor(window);
    }

    /**
     * True when the phone's firmware hung (the hangs-after-pushes fault): the TCP stack still accepts, but no request
     * is answered until its power goes, so a request's answer deadline can only pass, and passes without wall time.
     */
    public boolean hung() {
        return power.hung();
    }

    /** How long a boot takes on the phone's clock, from power-on to answering HTTP (its profile's, e.g. slow-boot). */
    public Duration bootTime() {
        return bootTime;
    }

    public synchronized PowerState state() {
        return state;
    }

    /**
     * Waits up to {@code timeout} until the phone has lost power (a relay's off reaches it on the board's own
     * thread); returns whether it has.
     */
    public synchronized boolean awaitOff(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (state != PowerState.OFF) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Waits until the phone is READY; fails quoting its state and last console line. */
    public synchronized void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (state != PowerState.READY) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException(name + ": expected READY within " + timeout + ", still " + state
                        + (lastFailure.isEmpty() ? "" : " (" + lastFailure + ")")
                        + "; last console line: " + console.lastLine());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + ": interrupted while waiting for READY", e);
            }
        }
    }

    private synchronized boolean stillBooting(long thisBoot) {
        return boot == thisBoot && state == PowerState.BOOTING;
    }

    /**
     * Serves HTTP on the phone's port, tried again for {@link #BIND_PATIENCE} while it is taken ({@link PortBinding}):
     * clean-clone CI runs saw a power-cycled phone's own port still taken at its next boot, now and then, although it
     * is held below the ephemeral range while the phone is off.
     */
    private HttpFace openFace(PhoneRouter router) throws IOException {
        return PortBinding.within(BIND_PATIENCE, () -> HttpFace.open(new InetSocketAddress(address, port), exchange -> {
            answering.incrementAndGet();
            try {
                router.handle(exchange);
            } finally {
                answering.decrementAndGet();
            }
        }, router, serverLimits, "phone-" + address.getHostAddress()), taken -> { });
    }

    private synchronized void finishBoot(long thisBoot) {
        if (!stillBooting(thisBoot)) {
            return;
        }
        PhoneRouter router = new PhoneRouter(name, profile, execute, screenshot, pages, faults, log, clock, power,
                this::reboot);
        try {
            portHold.release();
            face = openFace(router);
        } catch (IOException e) {
            portHold.take();
            lastFailure = "cannot serve HTTP on " + address.getHostAddress() + ":" + port + ": " + e.getMessage();
            console.emit("httpd: " + lastFailure);
            state = PowerState.OFF;
            notifyAll();
            return;
        }
        lastFailure = "";
        state = PowerState.READY;
        notifyAll();
        console.emit(BootSequence.readyLine(model, uri()));
        console.emit(identity.hostName() + " login: ");
    }

    /** The Reboot fault: power goes and comes back, off the HTTP thread that asked for it. */
    private void reboot() {
        console.emit("*** watchdog: restarting");
        // The phone is down from this moment; the server is closed off the HTTP thread that asked for the reboot.
        Optional<HttpFace> closing = cutPower();
        // Counted as answering until the new boot is under way on the clock: a phone restarting on its own is not
        // settled, though no request is open and nothing is due on its clock yet.
        answering.incrementAndGet();
        Thread t = new Thread(() -> {
            try {
                closeFace(closing);
                powerOn();
            } finally {
                answering.decrementAndGet();
            }
        }, "phone-reboot-" + address.getHostAddress());
        t.setDaemon(true);
        t.start();
    }

    /** RTPRx:/RTPTx: (and their multicast forms) run for real over UDP; other URIs are the reference model's. */
    private Optional<ResponseItem> handleRtp(InternalUri uri) {
        if (!(uri instanceof RtpUri rtpUri)) {
            return Optional.empty();
        }
        return Optional.of(rtp.execute(rtpUri).responseItem(rtpUri));
    }

    /** The RTP streams of this phone, for tests that look below StreamingStatisticsX. */
    public RtpStreams rtp() {
        return rtp;
    }

    /**
     * From the next power-on, the phone never finishes booting (HTTP is never served) until {@link #bootsAgain()}:
     * the fault of a phone that does not come back after a power cycle.
     */
    public synchronized void neverBootAgain() {
        neverBoots = true;
    }

    public synchronized void bootsAgain() {
        neverBoots = false;
    }

    /** Injects a fault into the next request, whatever its path. */
    public void inject(Fault fault) {
        faults.add(fault, Optional.empty(), 1);
    }

    /** Injects a fault into the next {@code times} requests for exactly this path (e.g. {@code /CGI/Screenshot}). */
    public void inject(Fault fault, String path, int times) {
        faults.add(fault, Optional.of(path), times);
    }

    /** Lets the next {@code after} requests for {@code path} through, then injects a fault into {@code times}. */
    public void inject(Fault fault, String path, int after, int times) {
        faults.add(fault, Optional.of(path), after, times);
    }

    public void clearFaults() {
        faults.clear();
    }

    /** The requests kept, oldest first: every one received since the last clear, up to {@link #REQUESTS_KEPT}. */
    public List<RecordedRequest> requests() {
        return log.all();
    }

    /** How many requests arrived since the phone was made, kept or not: "did anything reach it" for any history. */
    public long requestsReceived() {
        return log.total();
    }

    /** The next request not yet taken, waiting at most {@code timeout}. */
    public RecordedRequest takeRequest(Duration timeout) {
        return log.take(timeout);
    }

    public void clearRequests() {
        log.clear();
    }

    /** Lines the phone writes on its serial console from now on; {@link #consoleTail()} has the earlier ones. */
    public void onConsoleLine(Consumer<String> listener) {
        console.listen(listener);
    }

    public List<String> consoleTail() {
        return console.tail();
    }

    /** {@code http://ADDRESS:PORT/}, known before the phone is first powered. */
    public URI uri() {
        return URI.create("http://" + address.getHostAddress() + ":" + port + "/");
    }

    public PhoneModel model() {
        return model;
    }

    public FirmwareProfile profile() {
        return profile;
    }

    public DeviceIdentity identity() {
        return identity;
    }

    /** The reference model behind this phone: what pushes act on and what screenshots show. */
    public ReferencePhone reference() {
        return reference;
    }

    public PhoneClock clock() {
        return clock;
    }

    @Override
    public String toString() {
        return "VirtualPhone[" + name + ", " + profile.name() + ", " + state() + "]";
    }

    /** Model, address, port, credentials, profile, clock, boot time, and what sits behind push and screen. */
    public static final class Builder {
        private final PhoneModel model;
        private InetAddress address = InetAddress.getLoopbackAddress();
        private int port;
        private String user = "bench";
        private String password = "bench";
        private FirmwareProfile profile = FirmwareProfile.faithful();
        private PhoneClock clock;
        private Duration bootTime = Duration.ofMillis(300);
        private ReferencePhone reference;
        private PushTarget pushTarget;
        private ScreenSource screen;
        private URI authenticationUrl;
        private ServerLimits serverLimits = ServerLimits.phone();

        private Builder(PhoneModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        public Builder address(String host) {
            try {
                this.address = InetAddress.getByName(host);
            } catch (IOException e) {
                throw new IllegalArgumentException("phone address: expected an IP address, saw '" + host + "'", e);
            }
            return this;
        }

        /** 0 (the default) picks a free port once; it stays the phone's port across power cycles. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("phone port: expected 0..65535, saw " + port);
            }
            this.port = port;
            return this;
        }

        public Builder credentials(String user, String password) {
            new PhoneUser(user, password);   // validates now, not on the first push
            this.user = user;
            this.password = password;
            return this;
        }

        public Builder profile(FirmwareProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /** The phone's time; without one the phone runs on its own wall clock and closes it on close(). */
        public Builder clock(PhoneClock clock) {
            this.clock = clock;
            return this;
        }

        public Builder bootTime(Duration bootTime) {
            if (bootTime.isNegative()) {
                throw new IllegalArgumentException("boot time: expected >= 0, saw " + bootTime);
            }
            this.bootTime = bootTime;
            return this;
        }

        /**
         * The reference phone behind pushes and screenshots. Without one the phone builds its own on its clock, with
         * the profile's deviations.
         */
        public Builder reference(ReferencePhone reference) {
            this.reference = reference;
            return this;
        }

        /** Replaces the reference phone for pushes only (tests of the HTTP face). */
        public Builder pushTarget(PushTarget pushTarget) {
            this.pushTarget = Objects.requireNonNull(pushTarget, "pushTarget");
            return this;
        }

        /** Replaces the reference phone for screenshots only (tests of the HTTP face). */
        /** The Authentication URL push credentials are forwarded to; without one the phone checks them itself. */
        public Builder authenticationUrl(URI url) {
            this.authenticationUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        public Builder screen(ScreenSource screen) {
            this.screen = screen;
            return this;
        }

        /** What one client may cost the phone's HTTP face (head deadline, connections per address). */
        public Builder serverLimits(ServerLimits limits) {
            this.serverLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public VirtualPhone build() {
            return new VirtualPhone(this);
        }
    }
}
