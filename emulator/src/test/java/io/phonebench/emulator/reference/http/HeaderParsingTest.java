package io.phonebench.emulator.reference.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderParsingTest {

    @Test
    void refreshCarriesDelayAndOptionalUrl() {
        assertEquals(Optional.of(new RefreshDirective(Duration.ofSeconds(5), Optional.of("http://h/next"))),
                RefreshDirective.parse("5; url=http://h/next"));
        assertEquals(Optional.of(new RefreshDirective(Duration.ofSeconds(3), Optional.empty())),
                RefreshDirective.parse("3"));
        assertTrue(RefreshDirective.parse("0; URL=/x").orElseThrow().manual());
        assertEquals(Optional.empty(), RefreshDirective.parse("soon"));
    }

    @Test
    void refreshWithUrlAndNoTimeIsManualRefreshOfThatUrl() {
        // seed: N absent means manual; the URL is still what Next/Update fetch
        assertEquals(Optional.of(new RefreshDirective(Duration.ZERO, Optional.of("http://h/next"))),
                RefreshDirective.parse("url=http://h/next"));
        assertTrue(RefreshDirective.parse(" URL=/x").orElseThrow().manual());
    }

    @Test
    void expiresIsJudgedAtLoadTimeAndUnreadableDatesCountAsExpired() {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        assertTrue(ExpiresHeader.freshAt(null, at));
        assertTrue(ExpiresHeader.freshAt("Mon, 01 Jan 2024 00:00:01 GMT", at));
        assertFalse(ExpiresHeader.freshAt("Mon, 01 Jan 2024 00:00:00 GMT", at));
        assertFalse(ExpiresHeader.freshAt("0", at));
    }

    @Test
    void contentTypeSplitsMediaTypeAndQuotedCharset() {
        assertEquals(new ContentTypeHeader("text/xml", Optional.of("utf-8")),
                ContentTypeHeader.parse("Text/XML; charset=\"utf-8\""));
        assertEquals(new ContentTypeHeader("text/plain", Optional.empty()), ContentTypeHeader.parse("text/plain"));
    }
}
