package io.phonebench.bench.rtp;

import io.phonebench.drivers.rtp.Impairment;
import java.time.Duration;

/** A named impairment and stream length for the bench-against-phone stream tests. */
record StreamScenario(String name, Impairment impairment, Duration length) {
    StreamScenario(String name, Impairment impairment, int millis) {
        this(name, impairment, Duration.ofMillis(millis));
    }

    @Override
    public String toString() {
        return name;
    }
}
