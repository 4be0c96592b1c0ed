package io.phonebench.emulator.reference;

import io.phonebench.emulator.reference.http.RefreshDirective;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import java.net.URI;
import java.util.Optional;

/** What one GET gave the phone, after its headers and body were judged. */
sealed interface PageLoad {
    URI url();

    /** An object to show or (Execute) to run. */
    record Shown(URI url, CiscoIPPhoneObject object, Optional<RefreshDirective> refresh, boolean freshAtLoad,
                 Optional<String> expires)
            implements PageLoad {
    }

    /** An audio/basic clip within the 5 s limit; the display stays as it was. */
    record Audio(URI url, byte[] samples, Optional<RefreshDirective> refresh) implements PageLoad {
    }

    /** The bytes of a PNG a page refers to, not yet decoded. */
    record Png(URI url, byte[] png) implements PageLoad {
    }

    /** Nothing usable: HTTP error, unreadable XML, an unacceptable charset, an over-long clip, no answer. */
    record Refused(URI url, String reason) implements PageLoad {
    }
}
