package io.phonebench.emulator.virtual;

import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.emulator.catalog.PhoneModel;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * {@code GET /CGI/Screenshot}: password-protected; the panel in the model's size and format
 * (docs/xml-object-reference.md §8).
 */
final class ScreenshotEndpoint {
    /** One pool for every phone of the JVM: see {@link ScreenshotArrays}. */
    private static final ScreenshotArrays ARRAYS = new ScreenshotArrays();

    private final PhoneModel model;
    private final PhoneUser credentials;
    private final ScreenSource screen;

    ScreenshotEndpoint(PhoneModel model, PhoneUser credentials, ScreenSource screen) {
        this.model = model;
        this.credentials = credentials;
        this.screen = screen;
    }

    Reply handle(RecordedRequest request, Optional<String> authorization, boolean garbage) {
        if (!request.method().equals("GET")) {
            return Reply.methodNotAllowed();
        }
        if (!credentials.acceptsAuthorization(authorization)) {
            return Reply.authenticationError();
        }
        String type = "image/" + model.screenshotFormat().name().toLowerCase(Locale.ROOT);
        if (garbage) {
            return new Reply(200, type, garbage(request.sequence()));
        }
        byte[][] taken = new byte[1][];
        byte[] body = screen.screenshot(length -> taken[0] = ARRAYS.take(length));
        if (taken[0] == null) {
            return new Reply(200, type, body);
        }
        byte[] lent = taken[0];
        if (lent != body) {
            ARRAYS.give(lent);   // taken, then not written to: nothing reads it
            return new Reply(200, type, body);
        }
        return new Reply(200, type, body, () -> ARRAYS.give(lent));
    }

    /** Bytes no decoder accepts: never starts with a PNG or BMP signature. Seeded, so runs repeat. */
    private static byte[] garbage(long seed) {
        byte[] junk = new byte[512];
        new Random(seed).nextBytes(junk);
        junk[0] = 0x00;
        return junk;
    }
}
