package io.phonebench.testcases.nightly;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.ReferenceView;

/** Where a softkey sits on the page shown now, so a test presses it the way a user would: by its slot. */
final class SoftkeySlot {
    private SoftkeySlot() {
    }

    /** {@code Key:SoftN} for the softkey labelled {@code label} in the reference model's layout. */
    static String of(Phone phone, String label) {
        return phone.reference().softkeys().stream().filter(k -> k.label().equals(label)).findFirst()
                .map(k -> "Key:Soft" + k.position())
                .orElseThrow(() -> new IllegalStateException("expected a softkey '" + label + "' on " + phone.name()
                        + ", the reference model offers " + phone.reference().softkeys().stream()
                        .map(ReferenceView.SoftkeySlot::label).toList()));
    }
}
