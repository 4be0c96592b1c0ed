package io.phonebench.emulator.reference.cookie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CookieJarTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final CookieJar jar = new CookieJar(clock);

    @Test
    void keepsFourCookiesPerHostAndRefusesTheFifth() {
        jar.receive("svc", List.of("a=1", "b=2", "c=3", "d=4", "e=5"));
        assertEquals(List.of("a", "b", "c", "d"), names("svc"));
        assertEquals(Optional.of("a=1; b=2; c=3; d=4"), jar.cookieHeader("svc"));
    }

    @Test
    void updatesAHeldCookieEvenWhenTheSessionIsFull() {
        jar.receive("svc", List.of("a=1", "b=2", "c=3", "d=4"));
        jar.receive("svc", List.of("b=22"));
        assertEquals("b=22", jar.cookies("svc").get(1).pair());
    }

    @Test
    void firmwareKeepingAFifthCookieHoldsFive() {
        CookieJar lenient = new CookieJar(clock, 5);
        lenient.receive("svc", List.of("a=1", "b=2", "c=3", "d=4", "e=5", "f=6"));
        assertEquals(5, lenient.cookies("svc").size());
    }

    @Test
    void refusesACookieOver255Bytes() {
        String v254 = "x".repeat(253); // "k=" + 253 = 255 bytes: allowed
        jar.receive("svc", List.of("k=" + v254, "l=" + v254 + "y"));
        assertEquals(List.of("k"), names("svc"));
    }

    @Test
    void holdsEightSessionsAndReusesTheOneIdleLongest() {
        for (int i = 1; i <= 8; i++) {
            jar.receive("host" + i, List.of("s=" + i));
            clock.advance(Duration.ofSeconds(1));
        }
        jar.cookieHeader("host1"); // host1 used again: host2 is now idle longest
        clock.advance(Duration.ofSeconds(1));
        jar.receive("host9", List.of("s=9"));
        assertEquals(8, jar.hosts().size());
        assertFalse(jar.hosts().contains("host2"));
        assertTrue(jar.hosts().contains("host1"));
        assertTrue(jar.hosts().contains("host9"));
    }

    @Test
    void sessionEndsAfterThirtyMinutesIdle() {
        jar.receive("svc", List.of("a=1"));
        clock.advance(Duration.ofMinutes(29));
        assertEquals(Optional.of("a=1"), jar.cookieHeader("svc")); // use renews the idle timer
        clock.advance(Duration.ofMinutes(29));
        assertEquals(1, jar.cookies("svc").size());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), jar.cookies("svc"));
        assertEquals(Optional.empty(), jar.cookieHeader("svc"));
    }

    @Test
    void serverEndsTheSessionByExpiringItsCookies() {
        jar.receive("svc", List.of("a=1", "b=2"));
        jar.receive("svc", List.of("a=; Max-Age=0", "b=x; Expires=Thu, 01 Jan 1970 00:00:00 GMT"));
        assertEquals(List.of(), jar.hosts());
    }

    @Test
    void clearEndsEverySession() {
        jar.receive("one", List.of("a=1"));
        jar.receive("two", List.of("b=1"));
        jar.clear();
        assertEquals(List.of(), jar.hosts());
    }

    private List<String> names(String host) {
        return jar.cookies(host).stream().map(PhoneCookie::name).toList();
    }

    @Test
    void firmwareThatIgnoresIdleExpiryKeepsTheSessionPastThirtyMinutes() {
        CookieJar forever = new CookieJar(clock, CookieJar.COOKIES_PER_SESSION, false);
        forever.receive("svc", List.of("a=1"));

        clock.advance(CookieJar.IDLE_EXPIRY.plusMinutes(1));

        assertEquals(Optional.of("a=1"), forever.cookieHeader("svc"));
    }
}
