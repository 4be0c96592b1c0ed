package io.phonebench.emulator.virtual;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Faults waiting to hit requests: each rule matches a path (or any path) and fires a bounded number of times. */
final class FaultPlan {
    private final List<Rule> rules = new ArrayList<>();

    synchronized void add(Fault fault, Optional<String> path, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("fault " + fault + ": expected times >= 1, saw " + times);
        }
        rules.add(new Rule(fault, path, times));
    }

    /** The first rule matching this path, used up by one. */
    synchronized Optional<Fault> take(String path) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.path.isEmpty() || r.path.get().equals(path)) {
                r.remaining--;
                if (r.remaining == 0) {
                    it.remove();
                }
                return Optional.of(r.fault);
            }
        }
        return Optional.empty();
    }

    synchronized void clear() {
        rules.clear();
    }

    private static final class Rule {
        final Fault fault;
        final Optional<String> path;
        int remaining;

        Rule(Fault fault, Optional<String> path, int remaining) {
            this.fault = fault;
            this.path = path;
            this.remaining = remaining;
        }
    }
}
