package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.emulator.reference.history.HistoryEntry;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshAndHistoryTest {
    private static final String PAST = "Thu, 01 Jan 1970 00:00:00 GMT";
    private static final String FUTURE = "Fri, 01 Jan 2100 00:00:00 GMT";
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices();
    private final ReferencePhone phone = Phones.phone("CP-7970G", clock);

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void timedRefreshFetchesTheRefreshUrlAfterNSeconds() {
        services.xml("/a", TestServices.text("A", "a"), "Refresh", "5; url=/b").xml("/b", TestServices.text("B", "b"));
        phone.open(services.url("/a"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(0, services.hits("/b"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(1, services.hits("/b"));
        assertEquals(Optional.of(services.url("/b")), phone.currentUrl());
        assertEquals(2, phone.loads().size());
    }

    @Test
    void refreshWithoutUrlReloadsTheCurrentPage() {
        services.xml("/clock", TestServices.text("Clock", "tick"), "Refresh", "2");
        phone.open(services.url("/clock"));
        clock.advance(Duration.ofSeconds(6));
        assertEquals(4, services.hits("/clock"));
        assertEquals(1, phone.history().size());
    }

    @Test
    void zeroOrAbsentRefreshIsManualAndUpdateReloads() {
        services.xml("/manual", TestServices.text("M", "m"), "Refresh", "0; url=/other")
                .xml("/plain", TestServices.text("P", "p"));
        phone.open(services.url("/manual"));
        clock.advance(Duration.ofHours(1));
        assertEquals(0, services.hits("/other"));
        assertEquals(0, clock.pendingTasks());
        phone.open(services.url("/plain"));
        phone.press("SoftKey:Update");
        assertEquals(2, services.hits("/plain"));
    }

    @Test
    void updateSoftkeyIsOfferedWithoutARefreshUrlAndNextWithOne() {
        services.xml("/plain", TestServices.text("P", "p")).xml("/chained", TestServices.text("C", "c"),
                "Refresh", "0; url=/plain");
        phone.open(services.url("/plain"));
        assertTrue(phone.softkeyLabels().contains("Update"));
        phone.open(services.url("/chained"));
        assertTrue(phone.softkeyLabels().contains("Next"));
        phone.press("SoftKey:Next");
        assertEquals(Optional.of(services.url("/plain")), phone.currentUrl());
    }

    @Test
    void pageExpiredAtLoadIsNotAddedAndExitGoesBackToTheLastFreshOne() {
        services.xml("/fresh", TestServices.text("F", "f"), "Expires", FUTURE)
                .xml("/stale1", TestServices.text("S1", "s"), "Expires", PAST)
                .xml("/stale2", TestServices.text("S2", "s"), "Expires", PAST);
        phone.open(services.url("/fresh"));
        phone.open(services.url("/stale1"));
        phone.open(services.url("/stale2"));
        assertEquals(List.of(services.url("/fresh")), urls(phone.history()));
        assertEquals(List.of(true, false, false), phone.loads().stream().map(HistoryEntry::freshAtLoad).toList());

        phone.press("SoftKey:Exit");

        assertEquals(Optional.of(services.url("/fresh")), phone.currentUrl());
        assertEquals(2, services.hits("/fresh")); // nothing cached: going back fetches again
    }

    @Test
    void freshnessIsJudgedAtLoadNotWhenExiting() {
        services.xml("/short", TestServices.text("S", "s"), "Expires", "Mon, 01 Jan 2024 00:00:10 GMT")
                .xml("/next", TestServices.text("N", "n"));
        phone.open(services.url("/short"));
        phone.open(services.url("/next"));
        clock.advance(Duration.ofMinutes(5)); // /short has expired since, but was fresh when loaded
        phone.press("SoftKey:Exit");
        assertEquals(Optional.of(services.url("/short")), phone.currentUrl());
    }

    @Test
    void exitFromTheFirstPageClosesTheApplication() {
        services.xml("/only", TestServices.text("O", "o"));
        phone.open(services.url("/only"));
        phone.press("SoftKey:Exit");
        assertTrue(phone.idle());
    }

    @Test
    void ignoresExpiresDeviationKeepsExpiredPagesInHistory() {
        services.xml("/fresh", TestServices.text("F", "f")).xml("/stale", TestServices.text("S", "s"),
                "Expires", PAST).xml("/last", TestServices.text("L", "l"));
        ReferencePhone deviant = Phones.phone("CP-7970G", clock, Deviation.IGNORES_EXPIRES);
        for (ReferencePhone p : List.of(phone, deviant)) {
            p.open(services.url("/fresh"));
            p.open(services.url("/stale"));
            p.open(services.url("/last"));
            p.press("SoftKey:Exit");
        }
        assertEquals(Optional.of(services.url("/fresh")), phone.currentUrl());
        assertEquals(Optional.of(services.url("/stale")), deviant.currentUrl());
        assertFalse(deviant.idle());
    }

    private static List<URI> urls(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::url).toList();
    }
}
