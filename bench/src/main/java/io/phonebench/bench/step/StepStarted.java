package io.phonebench.bench.step;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A step that has begun.
 *
 * @param id         unique id of this step run
 * @param parentId   the enclosing step on the same thread, if any
 * @param name       what the step does, e.g. "power cycle"
 * @param parameters its arguments as text, in the order given; secrets already masked
 * @param depth      0 for a top-level step
 * @param startedAt  wall-clock start
 */
public record StepStarted(String id, Optional<String> parentId, String name, Map<String, String> parameters,
        int depth, Instant startedAt) {
    public StepStarted {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
