package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.ManualPhoneClock;
import java.time.Duration;
import java.util.Set;

/** Reference phones of catalog models on a manual clock, for tests. */
final class Phones {
    private Phones() {
    }

    static PhoneModel model(String name) {
        return PhoneCatalog.standard().model(name);
    }

    static ReferencePhone phone(String model, ManualPhoneClock clock, Deviation... deviations) {
        return ReferencePhone.builder(model(model)).clock(clock).deviations(Set.of(deviations))
                .httpTimeout(Duration.ofSeconds(3)).build();
    }
}
