package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.protocol.header.DisplayHeader;
import io.phonebench.protocol.header.HeaderSyntaxException;
import io.phonebench.protocol.exchange.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A request the phone made against the SDK facts of its model in the catalog (model name, display, SDK version,
 * Accept, Accept-Charset, Accept-Language): the catalog, not the reference model, is the authority here, so a
 * reference model that drifted from the catalog cannot hide a wrong header. Values are compared by meaning within
 * the {@link HeaderLatitude}s the SDK leaves, never by spelling.
 */
public final class ModelHeadersExpectation {
    private static final String DISPLAY = "x-CiscoIPPhoneDisplay";

    private ModelHeadersExpectation() {
    }

    public static Verdict judge(Phone phone, RecordedRequest request) {
        PhoneModel model = phone.model();
        Map<String, String> expected = model.requestHeaders();
        Optional<String> sdk = request.header("x-CiscoIPPhoneSDKVersion").or(() -> Optional.of(model.sdkVersion()));
        List<String> differences = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        expected.forEach((name, want) -> {
            String got = request.header(name).orElse(null);
            if (name.equals(DISPLAY) && model.display().isEmpty()) {
                // Seed: every phone sends its display; Cisco gives no services area for this model (N/A in the
                // display table), so any well-formed tuple is a documented answer.
                displayOfModelWithoutImageArea(got).ifPresent(differences::add);
                allowed.add(DISPLAY + ": any well-formed 'width, height, depth, C|G' — Cisco documents no services"
                        + " area for " + model.name());
                return;
            }
            if (!HeaderLatitude.sameMeaning(name, want, got, sdk)) {
                differences.add(name + ": expected " + HeaderLatitude.quote(want) + " (catalog, " + model.name()
                        + ", " + model.source(field(name)) + "), saw " + HeaderLatitude.quote(got));
            }
            allowed.add(HeaderLatitude.allowed(name));
        });
        Evidence evidence = Evidence.text("request headers (" + phone.name() + ")", request.line() + "\n"
                + request.headers().entrySet().stream().map(e -> e.getKey() + ": "
                        + (e.getKey().equalsIgnoreCase("Authorization") ? "****" : String.join(", ", e.getValue())))
                .collect(Collectors.joining("\n"))
                + "\n\nexpected (catalog, " + model.name() + "):\n" + expected.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"))
                + "\n\nlatitude allowed:\n" + String.join("\n", allowed));
        return differences.isEmpty()
                ? Verdict.passed("request headers of " + phone.name() + " match the catalog", evidence)
                : Verdict.failed("request headers of " + phone.name() + " " + request.line() + ": "
                        + String.join("; ", differences), evidence);
    }

    private static Optional<String> displayOfModelWithoutImageArea(String got) {
        if (got == null) {
            return Optional.of(DISPLAY + ": expected the header (the seed: phones send model name, display and SDK"
                    + " version), saw (absent)");
        }
        try {
            DisplayHeader.parse(got);
            return Optional.empty();
        } catch (HeaderSyntaxException e) {
            return Optional.of(DISPLAY + ": expected 'width, height, depth, C|G', saw '" + got + "'");
        }
    }

    /** The catalog field a header's value comes from, for its source. */
    private static String field(String header) {
        return switch (header) {
            case "x-CiscoIPPhoneModelName" -> "name";
            case DISPLAY -> "displayHeader";
            case "x-CiscoIPPhoneSDKVersion" -> "sdkVersion";
            case "Accept" -> "accept";
            case "Accept-Charset" -> "acceptCharset";
            case "Accept-Language" -> "acceptLanguage";
            default -> header;
        };
    }
}
