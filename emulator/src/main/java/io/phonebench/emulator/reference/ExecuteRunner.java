package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import io.phonebench.protocol.uri.UriSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a CiscoIPPhoneExecute (docs/xml-object-reference.md §3.1, §3.2): at most three items, of which at most one HTTP
 * URL;
 * Priority applies to HTTP URLs only (0 now, 1 when idle, 2 only if idle now); internal URIs always run at once.
 * One ResponseItem per item, in the order they ran.
 *
 * <p>The SDK does not say how over-limit items or a dropped Priority-2 URL are answered; this model answers
 * Status 1 {@value #TOO_MANY} and Status 6 {@value #NOT_IDLE} and runs nothing for them. These texts are the
 * model's own wording, not Cisco's: the bench's response judge accepts any text (and any error code) there. A URL
 * deferred by Priority 1 is answered Success when queued.
 */
final class ExecuteRunner {
    static final int MAX_ITEMS = 3;
    static final String TOO_MANY = "Too many ExecuteItems: at most one HTTP URL and two URIs, or three URIs";
    static final String NOT_IDLE = "Phone not idle";
    static final String INVALID_URI = "Invalid URI";
    static final String URI_NOT_FOUND = "URI not found";

    /** What the runner needs from the phone. */
    interface Phone {
        boolean idle();

        boolean has(Deviation deviation);

        ResponseItem fetch(String url);

        void fetchWhenIdle(String url);

        ResponseItem run(InternalUri uri);
    }

    private ExecuteRunner() {
    }

    /** Wording of firmware with {@link Deviation#OTHER_ERROR_TEXTS}: Cisco documents no text for these cases. */
    static final String TOO_MANY_OTHER = "Execute limit exceeded";
    static final String NOT_IDLE_OTHER = "Busy";

    static CiscoIPPhoneResponse run(CiscoIPPhoneExecute execute, Phone phone) {
        return run(execute, phone, Set.of());
    }

    /**
     * @param firmware legal variations that change how items run: {@link Deviation#REVERSED_EXECUTE_ORDER} runs them
     *                 last to first (which items are over the limit is still decided by their place in the object);
     *                 {@link Deviation#OTHER_ERROR_TEXTS} answers the undocumented cases in other words and codes
     */
    static CiscoIPPhoneResponse run(CiscoIPPhoneExecute execute, Phone phone, Set<Deviation> firmware) {
        boolean lastToFirst = firmware.contains(Deviation.REVERSED_EXECUTE_ORDER);
        boolean otherTexts = firmware.contains(Deviation.OTHER_ERROR_TEXTS);
        List<ResponseItem> answers = new ArrayList<>();
        List<ExecuteItem> items = execute.executeItems();
        boolean[] overLimit = new boolean[items.size()];
        int httpSeen = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isHttp()) {
                httpSeen++;
            }
            overLimit[i] = i >= MAX_ITEMS || (items.get(i).isHttp() && httpSeen > 1);
        }
        for (int n = 0; n < items.size(); n++) {
            int i = lastToFirst ? items.size() - 1 - n : n;
            ExecuteItem item = items.get(i);
            String url = item.url();
            if (overLimit[i]) {
                answers.add(otherTexts ? new ResponseItem(6, TOO_MANY_OTHER, url) : new ResponseItem(1, TOO_MANY, url));
            } else if (item.isHttp()) {
                answers.add(runHttp(item, phone, otherTexts ? NOT_IDLE_OTHER : NOT_IDLE));
            } else {
                answers.add(runUri(url, phone));
            }
        }
        return new CiscoIPPhoneResponse(answers);
    }

    private static ResponseItem runHttp(ExecuteItem item, Phone phone, String notIdle) {
        try {
            InternalUri.parse(item.url());   // the URL rules validate applies: a port over 65535, a %00 host
        } catch (UriSyntaxException e) {
            return new ResponseItem(1, INVALID_URI, item.url());
        }
        switch (item.effectivePriority()) {
            case ExecuteItem.EXECUTE_WHEN_IDLE:
                if (phone.idle() || phone.has(Deviation.RUNS_PRIORITY_ONE_AT_ONCE)) {
                    return phone.fetch(item.url());
                }
                phone.fetchWhenIdle(item.url());
                return ResponseItem.success(item.url());
            case ExecuteItem.EXECUTE_IF_IDLE:
                return phone.idle() || phone.has(Deviation.RUNS_PRIORITY_TWO_WHEN_BUSY) ? phone.fetch(item.url())
                        : new ResponseItem(6, notIdle, item.url());
            default:
                return phone.fetch(item.url());
        }
    }

    private static ResponseItem runUri(String url, Phone phone) {
        InternalUri uri;
        try {
            uri = InternalUri.parse(url);
        } catch (UriSyntaxException e) {
            return new ResponseItem(1, INVALID_URI, url);
        }
        if (!uri.allowedInExecute()) {
            return new ResponseItem(6, URI_NOT_FOUND, url);
        }
        return phone.run(uri);
    }
}
