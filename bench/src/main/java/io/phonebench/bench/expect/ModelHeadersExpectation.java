package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.RecordedRequest;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request the phone made against the SDK facts of its model in the catalog (model name, display, SDK version,
 * Accept, Accept-Charset, Accept-Language): the catalog, not the reference model, is the authority here, so a
 * reference model that drifted from the catalog cannot hide a wrong header.
 */
public final class ModelHeadersExpectation {
    private ModelHeadersExpectation() {
    }

    public static Verdict judge(Phone phone, RecordedRequest request) {
        Map<String, String> expected = phone.model().requestHeaders();
        List<String> differences = new ArrayList<>();
        expected.forEach((name, want) -> {
            String got = request.header(name).orElse(null);
            if (!want.equals(got)) {
                differences.add(name + ": expected '" + want + "' (catalog, " + phone.model().name() + "), saw "
                        + (got == null ? "(absent)" : "'" + got + "'"));
            }
        });
        if (phone.model().display().isEmpty() && request.header("x-CiscoIPPhoneDisplay").isPresent()) {
            differences.add("x-CiscoIPPhoneDisplay: expected (absent) for a model without a display area, saw '"
                    + request.header("x-CiscoIPPhoneDisplay").get() + "'");
        }
        Evidence evidence = Evidence.text("request headers (" + phone.name() + ")", request.line() + "\n"
                + request.headers().entrySet().stream().map(e -> e.getKey() + ": " + (e.getKey().equalsIgnoreCase("Authorization") ? "****"
                        : String.join(", ", e.getValue())))
                .collect(Collectors.joining("\n")));
        return differences.isEmpty()
                ? Verdict.passed("request headers of " + phone.name() + " match the catalog", evidence)
                : Verdict.failed("request headers of " + phone.name() + " " + request.line() + ": "
                        + String.join("; ", differences), evidence);
    }
}
