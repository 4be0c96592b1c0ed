package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import java.net.URI;

/**
 * The wrong resolution of {@link Deviation#RESOLVES_FROM_SERVER_ROOT}: a relative URL taken from the server root. An
 * absolute URL (with a scheme) or an absolute path resolves as it should: the firmware's bug is in relative
 * resolution only, so tests that hand the phone absolute URLs (a Refresh to a full URL) are not what catches it.
 */
final class ServerRoot {
    private ServerRoot() {
    }

    static URI resolve(URI page, String relative) {
        if (relative.startsWith("/") || relative.contains(":")) {
            return page.resolve(relative);
        }
        return page.resolve("/" + relative);
    }
}
