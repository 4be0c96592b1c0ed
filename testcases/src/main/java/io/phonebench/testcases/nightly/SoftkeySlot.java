package io.phonebench.testcases.nightly;

import io.phonebench.bench.phone.Phone;
import io.phonebench.emulator.reference.Softkey;

/** Where a softkey sits on the page shown now, so a test presses it the way a user would: by its slot. */
final class SoftkeySlot {
    private SoftkeySlot() {
    }

    /** {@code Key:SoftN} for the softkey labelled {@code label} in the reference model's layout. */
    static String of(Phone phone, String label) {
        return phone.expected().softkeys().stream().filter(k -> k.label().equals(label)).findFirst()
                .map(k -> "Key:Soft" + k.position())
                .orElseThrow(() -> new IllegalStateException("expected a softkey '" + label + "' on " + phone.name()
                        + ", the reference model offers " + phone.expected().softkeys().stream()
                        .map(Softkey::label).toList()));
    }
}
