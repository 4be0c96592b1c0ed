package io.phonebench.emulator.reference.history;

import java.net.URI;
import java.time.Instant;

/**
 * One page load as the URL history sees it.
 *
 * @param url        the URL the page was fetched from
 * @param freshAtLoad false when the page's Expires was already past when it was loaded (such a page is not kept)
 * @param loadedAt   phone clock time of the load
 */
public record HistoryEntry(URI url, boolean freshAtLoad, Instant loadedAt) {
}
