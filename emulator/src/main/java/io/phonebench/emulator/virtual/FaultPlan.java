package io.phonebench.emulator.virtual;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Faults waiting to hit requests: each rule matches a path (or any path) and fires a bounded number of times. */
final class FaultPlan {
    private final List<Rule> rules = new ArrayList<>();

    synchronized void add(Fault fault, Optional<String> path, int times) {
        add(fault, path, 0, times);
    }

    /** A rule that lets the first {@code after} matching requests through, then hits the next {@code times}. */
    synchronized void add(Fault fault, Optional<String> path, int after, int times) {
        if (times < 1 || after < 0) {
            throw new IllegalArgumentException("fault " + fault + ": expected times >= 1 and after >= 0, saw "
                    + times + " and " + after);
        }
        rules.add(new Rule(fault, path, after, times));
    }

    /** The first rule matching this path, used up by one. */
    synchronized Optional<Fault> take(String path) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.matches(path)) {
                if (r.passing > 0) {
                    r.passing--;
                    return Optional.empty();
                }
                r.remaining--;
                if (r.remaining == 0) {
                    it.remove();
                }
                return Optional.of(r.fault);
            }
        }
        return Optional.empty();
    }

    /** Whether a rule matches this path, so a request to it may be hit (nothing is used up). */
    synchronized boolean matches(String path) {
        return rules.stream().anyMatch(r -> r.matches(path));
    }

    synchronized void clear() {
        rules.clear();
    }

    private static final class Rule {
        final Fault fault;
        final Optional<String> path;
        int passing;
        int remaining;

        Rule(Fault fault, Optional<String> path, int passing, int remaining) {
            this.fault = fault;
            this.path = path;
            this.passing = passing;
            this.remaining = remaining;
        }

        /** Every path when the rule names none, else its own. */
        boolean matches(String requested) {
            return path.isEmpty() || path.get().equals(requested);
        }
    }
}
