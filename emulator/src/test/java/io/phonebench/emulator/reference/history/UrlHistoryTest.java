package io.phonebench.emulator.reference.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlHistoryTest {
    private final UrlHistory history = new UrlHistory();

    @Test
    void exitSkipsPagesThatWereExpiredWhenLoaded() {
        history.loaded(entry("/a", true), false);
        history.loaded(entry("/b", false), false);
        history.loaded(entry("/c", false), false);
        assertEquals(Optional.of(URI.create("/a")), history.exit().map(HistoryEntry::url));
    }

    @Test
    void exitFromAFreshPageGoesToThePreviousFreshOne() {
        history.loaded(entry("/a", true), false);
        history.loaded(entry("/b", true), false);
        assertEquals(Optional.of(URI.create("/a")), history.exit().map(HistoryEntry::url));
        assertEquals(Optional.empty(), history.exit());
    }

    @Test
    void reloadReplacesTheCurrentEntry() {
        history.loaded(entry("/a", true), false);
        history.loaded(entry("/b", true), false);
        history.loaded(entry("/b", true), true);
        assertEquals(List.of(URI.create("/b"), URI.create("/a")),
                history.backStack().stream().map(HistoryEntry::url).toList());
        assertEquals(3, history.loads().size());
    }

    private static HistoryEntry entry(String url, boolean fresh) {
        return new HistoryEntry(URI.create(url), fresh, Instant.EPOCH);
    }
}
