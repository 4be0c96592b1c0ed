package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.PhoneClock;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;

/** Optional settings; the model is the only required one. */
public final class ReferencePhoneBuilder {
    // read by ReferencePhone's constructor
    final PhoneModel model;
    PhoneClock clock;
    Set<Deviation> deviations = Set.of();
    UriHandler uriHandler = UriHandler.NONE;
    java.util.function.Consumer<DialEvent> dialListener = d -> { };
    Duration httpTimeout = Duration.ofSeconds(5);
    InetAddress localAddress;

    ReferencePhoneBuilder(PhoneModel model) {
        this.model = model;
    }

    public ReferencePhoneBuilder clock(PhoneClock clock) {
        this.clock = clock;
        return this;
    }

    public ReferencePhoneBuilder deviations(Set<Deviation> deviations) {
        this.deviations = Set.copyOf(deviations);
        return this;
    }

    /** Deviation names as firmware profiles spell them, e.g. {@code ignores-expires}. */
    public ReferencePhoneBuilder deviationNames(Set<String> names) {
        return deviations(Deviation.byIds(names));
    }

    public ReferencePhoneBuilder uriHandler(UriHandler handler) {
        this.uriHandler = handler;
        return this;
    }

    /** The address the phone's GETs leave from: a virtual phone's own loopback address, like a real phone's IP. */
    /** Told of every number the phone dials (a virtual phone prints it on its console). */
    public ReferencePhoneBuilder onDial(java.util.function.Consumer<DialEvent> listener) {
        this.dialListener = java.util.Objects.requireNonNull(listener, "listener");
        return this;
    }

    public ReferencePhoneBuilder localAddress(InetAddress address) {
        this.localAddress = address;
        return this;
    }

    /** Connect and response timeout of every GET the phone makes. */
    public ReferencePhoneBuilder httpTimeout(Duration timeout) {
        this.httpTimeout = timeout;
        return this;
    }

    public ReferencePhone build() {
        if (clock == null) {
            throw new IllegalStateException("ReferencePhone for " + model.name() + ": expected a PhoneClock"
                    + " (SystemPhoneClock or ManualPhoneClock), saw none");
        }
        return new ReferencePhone(this);
    }
}
