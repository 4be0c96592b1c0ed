package io.phonebench.emulator.virtual;

import io.phonebench.emulator.catalog.PhoneModel;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code GET /CGI/Screenshot}: password-protected; the panel in the model's size and format
 * (docs/xml-object-reference.md §8).
 */
final class ScreenshotEndpoint {
    private final PhoneModel model;
    private final PhoneUser credentials;
    private final ScreenSource screen;

    ScreenshotEndpoint(PhoneModel model, PhoneUser credentials, ScreenSource screen) {
        this.model = model;
        this.credentials = credentials;
        this.screen = screen;
    }

    Reply handle(ReceivedRequest request, Optional<String> authorization, boolean garbage) {
        if (!request.method().equals("GET")) {
            return Reply.methodNotAllowed();
        }
        if (!credentials.acceptsAuthorization(authorization)) {
            return Reply.authenticationError();
        }
        String type = "image/" + model.screenshotFormat().name().toLowerCase(Locale.ROOT);
        return new Reply(200, type, garbage ? garbage(request.sequence()) : screen.screenshot());
    }

    /** Bytes no decoder accepts: never starts with a PNG or BMP signature. Seeded, so runs repeat. */
    private static byte[] garbage(long seed) {
        byte[] junk = new byte[512];
        new Random(seed).nextBytes(junk);
        junk[0] = 0x00;
        return junk;
    }
}
