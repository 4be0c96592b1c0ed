package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.PhoneClock;
import io.phonebench.emulator.reference.cookie.CookieJar;
import io.phonebench.emulator.reference.cookie.PhoneCookie;
import io.phonebench.emulator.reference.display.DisplayContent;
import io.phonebench.emulator.reference.display.ScreenGeometry;
import io.phonebench.emulator.reference.display.ScreenRenderer;
import io.phonebench.emulator.reference.display.ScreenshotEncoder;
import io.phonebench.emulator.reference.history.HistoryEntry;
import io.phonebench.emulator.reference.history.UrlHistory;
import io.phonebench.emulator.reference.http.CharsetRules;
import io.phonebench.emulator.reference.http.ServiceFetcher;
import io.phonebench.emulator.reference.http.PhoneRequestHeaders;
import io.phonebench.emulator.reference.http.RefreshDirective;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.exchange.RequestJournal;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;
import io.phonebench.protocol.object.CiscoIPPhoneStatusFile;
import io.phonebench.protocol.object.DisplayableObject;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The reference model of one phone: what the SDK says a phone of this model does with pushed objects, key presses
 * and the pages it fetches. It fetches over real HTTP with the model's headers and cookies, keeps the URL history
 * (Expires), Refresh timers (on its {@link PhoneClock}), runs Execute priorities, and renders its display. Every
 * outcome is observable so the bench can compare a real phone against it. Thread-safe: one lock per phone, released
 * while a page or picture is fetched, so a slow service holds up no other push.
 */
public final class ReferencePhone {
    private final PhoneModel model;
    private final PhoneClock clock;
    private final Set<Deviation> deviations;
    private final UriHandler uriHandler;
    private final CookieJar cookies;
    private final UrlHistory history = new UrlHistory();
    private final PageLoader loader;
    private final ScreenRenderer renderer;
    private final ScreenshotEncoder screenshots;
    private final ContentLayout layout;
    private final PhoneKeys keys = new PhoneKeys(this);
    private final List<DialEvent> dials = new ArrayList<>();
    private final List<AudioClip> clips = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<String> whenIdle = new ArrayList<>();
    private ShownPage current;
    private final ServicePictures pictures;
    private ShownStatus status;
    /**
     * The call a Dial placed and nothing has ended yet (null: on hook), and whether its call plane is in front of the
     * services window: a dial brings it to the front, a page shown later goes in front of it.
     */
    private String call;
    private boolean callInFront;
    private PhoneClock.Cancellable refreshTimer = () -> { };
    private final java.util.function.Consumer<DialEvent> dialListener;
    /** Expires headers by URL, for firmware that judges them again at Exit ({@link Deviation#JUDGES_EXPIRES_AT_EXIT}). */
    private final java.util.Map<URI, String> expiresHeaders = new java.util.HashMap<>();
    /** How long a fetch may take with the lock released: the GET's own timeout, with room for reading the body. */
    private final Duration fetchBound;
    /**
     * The threads fetches run on with a phone's lock released, shared by the JVM's phones and reused: a nightly makes
     * thousands of fetches, and a thread each was most of the catalogue's thread starts. As many as are fetching at
     * once (a silent service's fetch must not hold up another phone's); idle ones end after a few seconds.
     */
    private static final ExecutorService FETCHERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread t = new Thread(task, "phone-fetch");
                t.setDaemon(true);
                return t;
            });
    /**
     * Bumped by every navigation, pushed object and power cut (guarded by this). A fetch runs with the lock released,
     * so other pushes are answered meanwhile; its page is shown only if nothing newer started while it was fetched:
     * the newest navigation wins, as when a user presses on while a page is loading.
     */
    private long navigations;

    public ReferencePhone(PhoneModel model, PhoneClock clock, Set<Deviation> deviations) {
        this(builder(model).clock(clock).deviations(deviations));
    }

    ReferencePhone(ReferencePhoneBuilder b) {
        this.model = b.model;
        this.clock = b.clock;
        this.deviations = Collections.unmodifiableSet(b.deviations.isEmpty()
                ? EnumSet.noneOf(Deviation.class) : EnumSet.copyOf(b.deviations));
        this.uriHandler = b.uriHandler;
        this.cookies = new CookieJar(clock, deviations.contains(Deviation.KEEPS_FIFTH_COOKIE)
                ? CookieJar.COOKIES_PER_SESSION + 1 : CookieJar.COOKIES_PER_SESSION,
                !deviations.contains(Deviation.IGNORES_IDLE_EXPIRY),
                deviations.contains(Deviation.KEEPS_OVERSIZED_COOKIE),
                deviations.contains(Deviation.EVICTS_NEWEST_SESSION));
        this.dialListener = b.dialListener;
        this.fetchBound = b.httpTimeout.multipliedBy(2).plusSeconds(1);
        CharsetRules charset = new CharsetRules(model, deviations);
        this.loader = new PageLoader(new ServiceFetcher(b.httpTimeout, java.util.Optional.ofNullable(b.localAddress)),
                new PhoneRequestHeaders(model, deviations), cookies, charset, clock, model.name());
        this.pictures = new ServicePictures(loader, model, this::problem);
        this.renderer = new ScreenRenderer(ScreenGeometry.of(model));
        this.screenshots = new ScreenshotEncoder(model);
        this.layout = new ContentLayout(charset, renderer.columns(), model.softkeys(),
                deviations.contains(Deviation.TRUNCATED_SOFTKEY_LABEL),
                deviations.contains(Deviation.SHOWS_PASSWORD_IN_CLEAR));
    }

    public static ReferencePhoneBuilder builder(PhoneModel model) {
        return new ReferencePhoneBuilder(model);
    }

    // ---- what is done to the phone ----

    /** A pushed object (POST /CGI/Execute): shown, or for an Execute, run. One ResponseItem per executed item. */
    public synchronized CiscoIPPhoneResponse push(CiscoIPPhoneObject object) {
        if (object instanceof CiscoIPPhoneExecute execute) {
            return ExecuteRunner.run(execute, executeTarget(), deviations);
        }
        if ((object instanceof CiscoIPPhoneStatus || object instanceof CiscoIPPhoneStatusFile)
                && model.statusObject() == PhoneModel.StatusObject.UNSUPPORTED) {
            // Cisco lists the model without Status support and documents no answer for it: the model shows nothing
            // and answers an error (any wording and any non-zero Status pass the judge)
            return CiscoIPPhoneResponse.of(new ResponseItem(1, object.rootName() + " not supported on "
                    + model.name(), ""));
        }
        if (object instanceof DisplayableObject d) {
            show(d, Optional.empty(), Optional.empty(), "", ++navigations);
            return CiscoIPPhoneResponse.of(ResponseItem.success(""));
        }
        return CiscoIPPhoneResponse.of(new ResponseItem(1, "Not a pushable object: " + object.rootName(), ""));
    }

    /** The user opens a service at {@code url} (as from the Services menu). */
    public synchronized void open(URI url) {
        navigate(url, false, "");
    }

    /**
     * A key, softkey or other internal URI as the user or a test would press it: {@code Key:Soft1},
     * {@code Key:NavDwn}, {@code SoftKey:Exit}, {@code Init:Services}, {@code Dial:1234}.
     *
     * @throws io.phonebench.protocol.uri.UriSyntaxException when the URI is malformed
     */
    public synchronized ResponseItem press(String uri) {
        return run(InternalUri.parse(uri));
    }

    /** Types {@code value} into input field {@code field} (0-based) of the CiscoIPPhoneInput shown. */
    public synchronized void enter(int field, String value) {
        keys.enter(field, value);
    }

    /** The application window closes: history gone, and session cookies too on models that clear them. */
    public synchronized void closeApplication() {
        navigations++;
        refreshTimer.cancel();
        boolean wasOpen = current != null;
        current = null;
        history.clear();
        // Seed "HTTP Requests and Header Settings": 7970, 7971, 7961, 7941, 7911 clear session state when the
        // application window closes; the other models keep it until the server ends it or 30 idle minutes.
        boolean clears = model.clearsSessionOnClose()
                ? !has(Deviation.KEEPS_SESSION_ON_CLOSE) : has(Deviation.CLEARS_SESSION_ON_CLOSE);
        if (wasOpen && clears) {
            cookies.clear();
        }
        runDeferred();
    }

    /**
     * Every server ended its cookie session with the phone (seed, Set-Cookie: a session lasts until 30 idle minutes
     * "or when the server ends it"): the bench's per-test reset ends them all, so no test sees another's cookies.
     */
    public synchronized void endSessions() {
        cookies.clear();
    }

    /**
     * Power went: the phone comes back as after a fresh boot. The display, status window, URL history, cookie
     * sessions, Refresh timer and deferred Execute items are gone. What was recorded (requests, problems, dial
     * events, audio clips) stays as evidence, like a lab's request log survives a power cycle.
     */
    public synchronized void reset() {
        navigations++;
        refreshTimer.cancel();
        refreshTimer = () -> { };
        current = null;
        status = null;
        call = null;
        history.reset();
        cookies.clear();
        whenIdle.clear();
    }

    // ---- what can be observed ----

    public PhoneModel model() {
        return model;
    }

    public Set<Deviation> deviations() {
        return deviations;
    }

    public synchronized Optional<DisplayableObject> currentObject() {
        return Optional.ofNullable(current).map(ShownPage::object);
    }

    public synchronized Optional<URI> currentUrl() {
        return Optional.ofNullable(current).flatMap(ShownPage::url);
    }

    /** Idle: no service page shown (a Status object on the call plane does not count). */
    public synchronized boolean idle() {
        return current == null;
    }

    public synchronized Optional<DisplayableObject> statusObject() {
        return Optional.ofNullable(status).map(ShownStatus::object);
    }

    /** Pages Exit can go back to, most recent first. */
    public List<HistoryEntry> history() {
        return history.backStack();
    }

    /** Every page load with its freshness at load, oldest first. */
    public List<HistoryEntry> loads() {
        return history.loads();
    }

    /** Every GET the phone made, with the headers it sent, oldest first (the newest 1000 at most). */
    public List<RecordedRequest> requests() {
        return loader.fetches().all();
    }

    /** The GETs the phone made, to await timed ones (Refresh) with a deadline. */
    public RequestJournal requestJournal() {
        return loader.fetches();
    }

    /**
     * Forgets the GETs recorded so far (the pages, cookies and history stay), between tests: a test that turns its
     * clock back must not see the requests of the test before it as its own.
     */
    public void forgetRequests() {
        loader.forgetFetches();
    }

    public List<PhoneCookie> cookies(String host) {
        return cookies.cookies(host);
    }

    public List<String> cookieHosts() {
        return cookies.hosts();
    }

    public synchronized List<DialEvent> dialEvents() {
        return List.copyOf(dials);
    }

    public synchronized List<AudioClip> audioClips() {
        return List.copyOf(clips);
    }

    public synchronized List<LoadProblem> problems() {
        return List.copyOf(problems);
    }

    /** HTTP URLs an Execute deferred (Priority 1) until the phone is idle. */
    public synchronized List<String> pendingWhenIdle() {
        return List.copyOf(whenIdle);
    }

    public synchronized int selectedIndex() {
        return current == null ? -1 : current.selected();
    }

    public synchronized List<String> inputValues() {
        return current == null ? List.of() : current.inputValues();
    }

    /** Softkeys offered now, before firmware label truncation: the call plane's while it is in front. */
    public synchronized List<Softkey> softkeys() {
        return callPlaneShown() ? List.of(END_CALL) : pageSoftkeys();
    }

    /** The digits of the call in progress (placed by a Dial and not yet ended), or empty when on hook. */
    public synchronized Optional<String> call() {
        return Optional.ofNullable(call);
    }

    private List<Softkey> pageSoftkeys() {
        return current == null ? List.of() : DefaultSoftkeys.of(current.object(),
                current.refresh().flatMap(RefreshDirective::url).isPresent(), model.generation());
    }

    /**
     * The call plane's one softkey, which hangs up. The label is the model's choice: Cisco's SDK documents no call
     * plane layout (the 79xx phone guides name the key EndCall).
     */
    static final Softkey END_CALL = new Softkey("EndCall", "Key:Onhook", null, 1);

    /** The call plane is what the display shows: a call is up and no page was shown after it, or none is open. */
    boolean callPlaneShown() {
        return call != null && (callInFront || current == null);
    }

    /** Softkey labels by slot as drawn. */
    public synchronized List<String> softkeyLabels() {
        return layout.labels(softkeys());
    }

    /**
     * What the service area shows, laid out. A Status object lives on the call plane (Notes 9.1.1,
     * CiscoIPPhoneStatus: "displayed on the Call plane" rather than in Services): it shows while no service page is
     * open and stays held, hidden, while one is, until Init:AppStatus clears it.
     */
    public synchronized DisplayContent displayContent() {
        Optional<ShownStatus> window = Optional.ofNullable(status);
        if (callPlaneShown()) {
            return layout.callPlane(call, window, softkeyLabels(), clock.now());
        }
        return current == null ? layout.idle(window, clock.now())
                : layout.layout(current, softkeys(), Optional.empty(), clock.now());
    }

    /** The service area at the model's size, depth and colour mode. */
    public BufferedImage screen() {
        return renderer.render(displayContent());
    }

    /** /CGI/Screenshot bytes: panel size, the model's format. */
    public byte[] screenshot() {
        return screenshot(byte[]::new);
    }

    /** {@link #screenshot()} written into an array of {@code arrays} where the format allows (BMP). */
    public byte[] screenshot(IntFunction<byte[]> arrays) {
        return renderer.rendered(displayContent(), area -> screenshots.encode(area, arrays));
    }

    // ---- behaviour shared with PhoneKeys and the Execute runner ----

    synchronized ResponseItem run(InternalUri uri) {
        return keys.run(uri).orElseGet(() -> uriHandler.handle(uri)
                .orElse(new ResponseItem(6, ExecuteRunner.URI_NOT_FOUND, uri.format())));
    }

    ShownPage current() {
        return current;
    }

    UrlHistory urlHistory() {
        return history;
    }

    /** How far a Text page scrolls: the first line of its last screenful. */
    int lastFirstLine(ShownPage page) {
        DisplayContent c = layout.layout(page, pageSoftkeys(), Optional.empty(), clock.now());
        return c.lines().size() - renderer.bodyRows(!c.title().isEmpty(), !c.prompt().isEmpty());
    }

    /**
     * A Dial (the {@code Dial:} URI or a Directory's Dial softkey) places a call: Notes 9.1.1, "Internal URI
     * Features", Telephony URIs: "The Dial URI initiates a new call to a specified number"; the phone goes off hook
     * and shows the call plane with the number dialled, in front of the services window. EditDial only offers the
     * number for editing: recorded, no call.
     */
    void dialled(String digits, String via) {
        DialEvent event = new DialEvent(digits, via, clock.now());
        dials.add(event);
        if (!"EditDial".equals(via)) {
            call = digits;
            callInFront = true;
        }
        dialListener.accept(event);
    }

    /** {@code Key:Onhook} / {@code Key:NavOnhook} (or the call plane's EndCall): the call ends. */
    void hangUp() {
        call = null;
        callInFront = false;
    }

    /** Whether the page at {@code url} has expired by now (the deviant firmware's question at Exit). */
    boolean expiredNow(URI url) {
        String header = expiresHeaders.get(url);
        return header != null && !io.phonebench.emulator.reference.http.ExpiresHeader.freshAt(header, clock.now());
    }

    boolean has(Deviation deviation) {
        return deviations.contains(deviation);
    }

    void clearStatus() {
        status = null;
    }

    /** GETs {@code url} and acts on the answer; true when something usable arrived. */
    boolean navigate(URI url, boolean replacesCurrent, String inheritedTitle) {
        long ticket = ++navigations;
        PageLoad load = withLockReleased(() -> loader.load(url)).orElseGet(() -> new PageLoad.Refused(url,
                "GET " + url + ": no answer within " + fetchBound.toMillis() + " ms"));
        if (superseded(ticket, url)) {
            return false;
        }
        if (load instanceof PageLoad.Refused r) {
            problems.add(new LoadProblem(r.url(), r.reason(), clock.now()));
            return false;
        }
        if (load instanceof PageLoad.Audio a) {
            clips.add(new AudioClip(a.url(), a.samples().length, clock.now()));
            a.refresh().filter(d -> !d.manual()).ifPresent(d -> scheduleRefresh(d.delay(),
                    a.refresh().flatMap(RefreshDirective::url).map(u -> a.url().resolve(u)).orElse(a.url())));
            return true;
        }
        PageLoad.Shown s = (PageLoad.Shown) load;
        if (s.object() instanceof CiscoIPPhoneExecute execute) {
            ExecuteRunner.run(execute, executeTarget(), deviations);
            return true;
        }
        if (!(s.object() instanceof DisplayableObject d)) {
            problems.add(new LoadProblem(url, "GET " + url + ": expected a displayable object or an Execute, saw "
                    + s.object().rootName(), clock.now()));
            return false;
        }
        s.expires().ifPresent(e -> expiresHeaders.put(url, e));
        if (!(d instanceof CiscoIPPhoneStatus || d instanceof CiscoIPPhoneStatusFile)) {
            boolean fresh = s.freshAtLoad() || deviations.contains(Deviation.IGNORES_EXPIRES);
            history.loaded(new HistoryEntry(url, fresh, clock.now()), replacesCurrent);
        }
        return show(d, Optional.of(url), s.refresh(), inheritedTitle, ticket);
    }

    /** Where Refresh or Next leads from {@code page}: its Refresh URL, else the page itself. */
    Optional<URI> refreshTarget(ShownPage page) {
        Optional<String> target = page.refresh().flatMap(RefreshDirective::url);
        if (target.isPresent() && has(Deviation.IGNORES_REFRESH_URL)) {
            return page.url();
        }
        if (target.isEmpty() && has(Deviation.IGNORES_REFRESH_WITHOUT_URL)) {
            return Optional.empty();
        }
        if (target.isPresent()) {
            if (has(Deviation.RESOLVES_FROM_SERVER_ROOT)) {
                return Optional.of(page.url().map(u -> ServerRoot.resolve(u, target.get()))
                        .orElse(URI.create(target.get())));
            }
            return Optional.of(page.url().map(u -> u.resolve(target.get())).orElse(URI.create(target.get())));
        }
        return page.refresh().isPresent() ? page.url() : Optional.empty();
    }

    /** Shows {@code object} once its pictures are fetched, unless a newer navigation started meanwhile. */
    private boolean show(DisplayableObject object, Optional<URI> url, Optional<RefreshDirective> refresh,
            String inheritedTitle, long ticket) {
        // a fetcher thread only for objects that name pictures: starting one per push was most of a push's time
        PagePictures fetched = !ServicePictures.fetches(object) ? PagePictures.NONE
                : withLockReleased(() -> pictures.fetch(object, url)).orElse(PagePictures.NONE);
        if (superseded(ticket, url.orElse(URI.create("")))) {
            return false;
        }
        if (object instanceof CiscoIPPhoneStatus || object instanceof CiscoIPPhoneStatusFile) {
            status = new ShownStatus(object, clock.now(), fetched);
            return true;
        }
        if (!has(Deviation.KEEPS_REFRESH_AFTER_LEAVING)) {
            refreshTimer.cancel();
        }
        if (url.isEmpty()) {
            history.leftPage();
        }
        current = new ShownPage(object, url, refresh, inheritedTitle);
        callInFront = false;   // a page shown during a call goes in front of the call plane
        ShownPage page = current;
        page.pictures(fetched);
        refresh.filter(d -> !d.manual()).ifPresent(d ->
                refreshTarget(page).ifPresent(target -> scheduleRefresh(d.delay(), target)));
        return true;
    }

    /** Whether a navigation that started with {@code ticket} was overtaken by a newer one while it fetched. */
    private boolean superseded(long ticket, URI url) {
        if (ticket == navigations) {
            return false;
        }
        problems.add(new LoadProblem(url, "GET " + url + ": superseded by a newer push or navigation while it "
                + "loaded; not shown", clock.now()));
        return true;
    }

    private synchronized void problem(URI url, String reason) {
        problems.add(new LoadProblem(url, reason, clock.now()));
    }

    /**
     * Runs a fetch with this phone's lock released, so a slow or silent service does not hold up other pushes,
     * screenshots and observers; the caller holds the lock and has it again on return (wait() releases every hold of
     * the monitor). Empty when the fetch did not end within its bound or the caller was interrupted.
     */
    private <T> Optional<T> withLockReleased(java.util.function.Supplier<T> fetch) {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Future<?> fetcher = FETCHERS.submit(() -> {
            try {
                result.complete(fetch.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            } finally {
                synchronized (this) {
                    notifyAll();
                }
            }
        });
        long deadline = System.nanoTime() + fetchBound.toNanos();
        while (!result.isDone()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fetcher.cancel(true);
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fetcher.cancel(true);
                return Optional.empty();
            }
        }
        try {
            return Optional.of(result.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    private void scheduleRefresh(Duration delay, URI target) {
        refreshTimer.cancel();
        ShownPage shownWhenScheduled = current;
        refreshTimer = clock.schedule(delay, () -> {
            synchronized (this) {
                if (current == shownWhenScheduled || has(Deviation.KEEPS_REFRESH_AFTER_LEAVING)) {
                    boolean same = current != null && current.url().map(target::equals).orElse(false);
                    navigate(target, same, "");
                }
            }
        });
    }

    private void runDeferred() {
        while (current == null && !whenIdle.isEmpty()) {
            navigate(URI.create(whenIdle.remove(0)), false, "");
        }
    }

    private ExecuteRunner.Phone executeTarget() {
        return new PhoneExecuteTarget(this);
    }

    void deferUntilIdle(String url) {
        whenIdle.add(url);
    }

    /** The reason the last load failed, for a ResponseItem's Data. */
    String lastProblem() {
        return problems.isEmpty() ? "" : problems.get(problems.size() - 1).reason();
    }
}
