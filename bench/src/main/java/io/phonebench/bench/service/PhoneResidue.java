package io.phonebench.bench.service;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a phone may still hold from the services it fetched since its last clean start, as the service host saw it:
 * the servers (host names as the phone addressed them) where it holds a cookie session, and whether a Status object
 * was served to it. The per-test reset reads and empties it, so a test that set no cookie and served no Status
 * object costs the next test's reset nothing.
 */
public final class PhoneResidue {
    private final Set<String> cookieServers = new LinkedHashSet<>();
    private boolean statusServed;

    /**
     * One exchange: {@code server} is the Host the request named ({@code 127.0.0.2:8080}); a Cookie sent or a
     * Set-Cookie answered means the phone holds (or may hold) a session there (seed, Set-Cookie: sessions are per
     * host).
     */
    synchronized void note(String server, boolean sentCookie, boolean answeredSetCookie, boolean servedStatus) {
        if (sentCookie || answeredSetCookie) {
            cookieServers.add(server);
        }
        statusServed |= servedStatus;
    }

    /** The servers where the phone may hold a cookie session, forgotten here: the reset ends those sessions. */
    public synchronized Set<String> takeCookieServers() {
        Set<String> taken = Set.copyOf(cookieServers);
        cookieServers.clear();
        return taken;
    }

    /** Whether a Status object was served to the phone since the last call. */
    public synchronized boolean takeStatusServed() {
        boolean served = statusServed;
        statusServed = false;
        return served;
    }
}
