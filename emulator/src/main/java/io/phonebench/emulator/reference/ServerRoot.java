package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import java.net.URI;

/** The wrong resolution of {@link Deviation#RESOLVES_FROM_SERVER_ROOT}: a relative URL taken from the server root. */
final class ServerRoot {
    private ServerRoot() {
    }

    static URI resolve(URI page, String relative) {
        return page.resolve(relative.startsWith("/") ? relative : "/" + relative);
    }
}
