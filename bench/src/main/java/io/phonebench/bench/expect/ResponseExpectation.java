package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Pushed;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.ResponseItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phone's answer to a push against its reference model's: the same ResponseItems, matched by URL.
 *
 * <p>Two latitudes the SDK leaves, each allowed here:
 * <ul>
 *   <li>Order. Cisco: the order in which one Execute's items run "is not guaranteed", and ResponseItems come back in
 *       the order the items completed (CiscoIPPhoneExecute and CiscoIPPhoneResponse, "IP Phone Services
 *       Application Development Notes"). So the items are compared as a set keyed by URL, never as a list.</li>
 *   <li>Data texts Cisco does not give. The Internal URI chapter documents Status and Data for some outcomes
 *       ({@link #DOCUMENTED_DATA}); those are compared exactly. Where the reference model's Data is not one of them,
 *       Cisco documents no text (and for errors no particular code): the phone passes with any Data, and with any
 *       non-zero Status where the reference model has an error, and the verdict says so.</li>
 * </ul>
 */
public final class ResponseExpectation {
    /**
     * Status/Data pairs of the Internal URI chapter's table (Device, SendDigits, App URIs) and the RTP URIs' busy
     * and unauthorized answers, "IP Phone Services Application Development Notes", 9.1.1 and later.
     */
    public static final Set<String> DOCUMENTED_DATA = Set.of("Success", "Invalid URI", "URI not found",
            "No Active Call", "No Active Call for Application", "Unknown Application ID", "Application is not Active",
            "errorNo=1 Tx/Rx is already active", "errorNo=4 unauthorized");

    private ResponseExpectation() {
    }

    public static Verdict judge(Pushed pushed) {
        List<ResponseItem> expected = pushed.expected().responseItems();
        List<ResponseItem> actual = pushed.actual().responseItems();
        List<String> latitude = new ArrayList<>();
        latitude.add("ResponseItems matched by URL, in any order (Cisco: order of execution is not guaranteed)");
        List<String> differences = new ArrayList<>();
        Map<String, List<ResponseItem>> unmatched = byUrl(actual);
        for (ResponseItem e : expected) {
            List<ResponseItem> candidates = unmatched.getOrDefault(e.url(), new ArrayList<>());
            ResponseItem match = candidates.stream().filter(a -> matches(e, a)).findFirst().orElse(null);
            if (match == null) {
                differences.add(candidates.isEmpty()
                        ? "expected a ResponseItem for URL '" + e.url() + "' (" + describe(e) + "), the phone sent none"
                        : "ResponseItem for URL '" + e.url() + "': expected " + describe(e) + ", the phone sent "
                                + candidates.stream().map(ResponseExpectation::describe).toList());
                continue;
            }
            candidates.remove(match);
            if (!DOCUMENTED_DATA.contains(e.data())) {
                latitude.add("URL '" + e.url() + "': any Data" + (e.status() == 0 ? "" : ", any Status other than 0")
                        + " — Cisco documents no text for this case (reference model: " + describe(e)
                        + "; phone: " + describe(match) + ")");
            }
        }
        unmatched.forEach((url, rest) -> rest.forEach(a -> differences.add("the phone sent a ResponseItem for URL '"
                + url + "' (" + describe(a) + ") the reference model does not")));
        if (differences.isEmpty()) {
            return Verdict.passed("push response matches the reference model (" + actual.size() + " item(s))",
                    exchange(pushed, latitude));
        }
        return Verdict.failed("push response: " + String.join("; ", differences),
                Evidence.xml("pushed object", pushed.object().toXml()),
                Evidence.xml("expected response", pushed.expected().toXml()),
                Evidence.xml("actual response", pushed.actual().toXml()),
                Evidence.text("latitude allowed", String.join("\n", latitude)));
    }

    /**
     * A passing check keeps the same four texts in one attachment. A failure keeps four, each XML on its own to open
     * or download; for passing checks, 42 per phone in a nightly, those were two fifths of the files a run wrote.
     */
    private static Evidence exchange(Pushed pushed, List<String> latitude) {
        return Evidence.text("push exchange", "pushed object:\n" + pushed.object().toXml()
                + "\n\nexpected response (reference model):\n" + pushed.expected().toXml()
                + "\n\nactual response (phone):\n" + pushed.actual().toXml()
                + "\n\nlatitude allowed:\n" + String.join("\n", latitude) + "\n");
    }

    /** Documented Data compares exactly; otherwise only success against failure. */
    private static boolean matches(ResponseItem expected, ResponseItem actual) {
        if (DOCUMENTED_DATA.contains(expected.data())) {
            return expected.status() == actual.status() && expected.data().equals(actual.data());
        }
        return (expected.status() == 0) == (actual.status() == 0);
    }

    private static Map<String, List<ResponseItem>> byUrl(List<ResponseItem> items) {
        Map<String, List<ResponseItem>> byUrl = new LinkedHashMap<>();
        items.forEach(i -> byUrl.computeIfAbsent(i.url(), u -> new ArrayList<>()).add(i));
        return byUrl;
    }

    private static String describe(ResponseItem item) {
        return "Status=" + item.status() + " Data=" + item.data();
    }
}
