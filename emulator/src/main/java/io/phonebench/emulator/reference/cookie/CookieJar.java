package io.phonebench.emulator.reference.cookie;

import io.phonebench.emulator.clock.PhoneClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The phone's cookie store with the SDK limits (docs/http-interface-reference.md §2.4, Set-Cookie): a session per host
 * holding at most {@value #COOKIES_PER_SESSION} cookies of at most {@value #MAX_COOKIE_BYTES} bytes, at most
 * {@value #MAX_SESSIONS} sessions, a session ends after {@link #IDLE_EXPIRY} without use, and when all sessions are
 * busy a new host takes over the session idle longest.
 *
 * <p>Over-limit cookies are refused, not swapped in: a fifth new name is dropped while the first four stay, so a
 * service sees the same four cookies back that it set first. A cookie whose name is already held is updated.
 */
public final class CookieJar {
    public static final int COOKIES_PER_SESSION = 4;
    public static final int MAX_SESSIONS = 8;
    public static final int MAX_COOKIE_BYTES = 255;
    public static final Duration IDLE_EXPIRY = Duration.ofMinutes(30);

    private final PhoneClock clock;
    private final int cookiesPerSession;
    private final boolean expiresIdleSessions;
    private final boolean keepsOversized;
    private final boolean evictsNewest;
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    public CookieJar(PhoneClock clock) {
        this(clock, COOKIES_PER_SESSION);
    }

    /** @param cookiesPerSession the SDK's 4, or more for firmware that keeps extra cookies */
    public CookieJar(PhoneClock clock, int cookiesPerSession) {
        this(clock, cookiesPerSession, true);
    }

    /**
     * @param cookiesPerSession   the SDK's 4, or more for firmware that keeps extra cookies
     * @param expiresIdleSessions the SDK's 30-minute idle expiry; false for firmware that never applies it
     */
    public CookieJar(PhoneClock clock, int cookiesPerSession, boolean expiresIdleSessions) {
        this(clock, cookiesPerSession, expiresIdleSessions, false, false);
    }

    /**
     * @param keepsOversized firmware that keeps cookies over {@value #MAX_COOKIE_BYTES} bytes
     * @param evictsNewest   firmware that reuses the most recently used session instead of the idlest
     */
    public CookieJar(PhoneClock clock, int cookiesPerSession, boolean expiresIdleSessions, boolean keepsOversized,
            boolean evictsNewest) {
        this.keepsOversized = keepsOversized;
        this.evictsNewest = evictsNewest;
        this.clock = clock;
        this.cookiesPerSession = cookiesPerSession;
        this.expiresIdleSessions = expiresIdleSessions;
    }

    /** Takes the Set-Cookie headers of one response from {@code host}; what the limits refuse is dropped. */
    public synchronized void receive(String host, List<String> setCookieHeaders) {
        if (setCookieHeaders.isEmpty()) {
            return;
        }
        Instant now = clock.now();
        Session session = sessionFor(key(host), now);
        for (String header : setCookieHeaders) {
            SetCookieHeader.parse(header, now).ifPresent(sc -> apply(session, sc));
        }
        if (session.cookies.isEmpty()) {
            sessions.remove(session.host);
        }
    }

    /** The Cookie header for a request to {@code host}, if the phone holds a live session there; marks it used. */
    public synchronized Optional<String> cookieHeader(String host) {
        Instant now = clock.now();
        dropIdle(now);
        Session s = sessions.get(key(host));
        if (s == null || s.cookies.isEmpty()) {
            return Optional.empty();
        }
        s.lastUsed = now;
        return Optional.of(String.join("; ", s.cookies.values().stream().map(PhoneCookie::pair).toList()));
    }

    /** Cookies held for {@code host} now (idle sessions already gone), in the order they were set. */
    public synchronized List<PhoneCookie> cookies(String host) {
        dropIdle(clock.now());
        Session s = sessions.get(key(host));
        return s == null ? List.of() : List.copyOf(s.cookies.values());
    }

    /** Hosts with a live session, oldest session first. */
    public synchronized List<String> hosts() {
        dropIdle(clock.now());
        return List.copyOf(sessions.keySet());
    }

    /** Ends every session: the application window closed on a model that clears session state then. */
    public synchronized void clear() {
        sessions.clear();
    }

    private void apply(Session session, SetCookieHeader sc) {
        PhoneCookie c = sc.cookie();
        if (sc.deletes()) {
            session.cookies.remove(c.name());
        } else if (c.bytes() > MAX_COOKIE_BYTES && !keepsOversized) {
            return;
        } else if (session.cookies.containsKey(c.name()) || session.cookies.size() < cookiesPerSession) {
            session.cookies.put(c.name(), c);
        }
    }

    private Session sessionFor(String host, Instant now) {
        dropIdle(now);
        Session s = sessions.get(host);
        if (s == null) {
            if (sessions.size() >= MAX_SESSIONS) {
                Comparator<Session> byLastUse = Comparator.comparing((Session x) -> x.lastUsed);
                Session idleLongest = sessions.values().stream()
                        .min(evictsNewest ? byLastUse.reversed() : byLastUse).orElseThrow();
                sessions.remove(idleLongest.host);
            }
            s = new Session(host, now);
            sessions.put(host, s);
        }
        s.lastUsed = now;
        return s;
    }

    private void dropIdle(Instant now) {
        if (!expiresIdleSessions) {
            return;
        }
        for (Session s : new ArrayList<>(sessions.values())) {
            if (!now.isBefore(s.lastUsed.plus(IDLE_EXPIRY))) {
                sessions.remove(s.host);
            }
        }
    }

    private static String key(String host) {
        return host.toLowerCase(Locale.ROOT);
    }

    private static final class Session {
        private final String host;
        private final Map<String, PhoneCookie> cookies = new LinkedHashMap<>();
        private Instant lastUsed;

        Session(String host, Instant now) {
            this.host = host;
            this.lastUsed = now;
        }
    }
}
