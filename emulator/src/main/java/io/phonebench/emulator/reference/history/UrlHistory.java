package io.phonebench.emulator.reference.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The phone's URL history (docs/http-interface-reference.md §2.3, Expires): a page already expired when loaded is not
 * added, and
 * Exit goes back to the last URL that was fresh when it was loaded. Freshness is judged at load time, never again
 * later; the phone caches nothing, so going back means fetching that URL again.
 */
public final class UrlHistory {
    private final Deque<HistoryEntry> backStack = new ArrayDeque<>();
    private final List<HistoryEntry> loads = new ArrayList<>();
    private HistoryEntry current;

    /** Records a load; {@code replacesCurrent} for reloads (Update, Refresh to the same page, Exit's re-fetch). */
    public synchronized void loaded(HistoryEntry entry, boolean replacesCurrent) {
        loads.add(entry);
        if (replacesCurrent && current != null && current.freshAtLoad() && !backStack.isEmpty()
                && backStack.peek() == current) {
            backStack.pop();
        }
        current = entry;
        if (entry.freshAtLoad()) {
            backStack.push(entry);
        }
    }

    /**
     * Exit: leaves the page shown and answers the URL to go back to, or empty when nothing is left (the
     * application closes). The answered entry leaves the history too: fetching it again is a new load.
     */
    public synchronized Optional<HistoryEntry> exit() {
        if (current != null && !backStack.isEmpty() && backStack.peek() == current) {
            backStack.pop();
        }
        current = null;
        return Optional.ofNullable(backStack.poll());
    }

    /** A page without a URL (a pushed object) covers the current one; Exit then goes back to the top entry. */
    public synchronized void leftPage() {
        current = null;
    }

    /** Forgets everything: the application closed. */
    public synchronized void clear() {
        backStack.clear();
        current = null;
    }

    /** The phone booted: nothing loaded yet. */
    public synchronized void reset() {
        clear();
        loads.clear();
    }

    /** Entries Exit can go back to, most recent first. */
    public synchronized List<HistoryEntry> backStack() {
        return List.copyOf(backStack);
    }

    /** Every load since the phone started, oldest first, including expired pages and reloads. */
    public synchronized List<HistoryEntry> loads() {
        return List.copyOf(loads);
    }
}
