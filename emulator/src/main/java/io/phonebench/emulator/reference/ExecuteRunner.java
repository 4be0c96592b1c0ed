package io.phonebench.emulator.reference;

import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import io.phonebench.protocol.uri.UriSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a CiscoIPPhoneExecute (xml-objects.md §3.1, §3.2): at most three items, of which at most one HTTP URL;
 * Priority applies to HTTP URLs only (0 now, 1 when idle, 2 only if idle now); internal URIs always run at once.
 * One ResponseItem per item, in the order they ran.
 *
 * <p>The SDK does not say how over-limit items or a dropped Priority-2 URL are answered; this model answers
 * Status 1 {@value #TOO_MANY} and Status 6 {@value #NOT_IDLE} and runs nothing for them. A URL deferred by
 * Priority 1 is answered Success when queued.
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

        ResponseItem fetch(String url);

        void fetchWhenIdle(String url);

        ResponseItem run(InternalUri uri);
    }

    private ExecuteRunner() {
    }

    static CiscoIPPhoneResponse run(CiscoIPPhoneExecute execute, Phone phone) {
        List<ResponseItem> answers = new ArrayList<>();
        int httpSeen = 0;
        List<ExecuteItem> items = execute.executeItems();
        for (int i = 0; i < items.size(); i++) {
            ExecuteItem item = items.get(i);
            String url = item.url();
            if (item.isHttp()) {
                httpSeen++;
            }
            if (i >= MAX_ITEMS || (item.isHttp() && httpSeen > 1)) {
                answers.add(new ResponseItem(1, TOO_MANY, url));
            } else if (item.isHttp()) {
                answers.add(runHttp(item, phone));
            } else {
                answers.add(runUri(url, phone));
            }
        }
        return new CiscoIPPhoneResponse(answers);
    }

    private static ResponseItem runHttp(ExecuteItem item, Phone phone) {
        try {
            InternalUri.parse(item.url());   // the URL rules validate applies: a port over 65535, a %00 host
        } catch (UriSyntaxException e) {
            return new ResponseItem(1, INVALID_URI, item.url());
        }
        switch (item.effectivePriority()) {
            case ExecuteItem.EXECUTE_WHEN_IDLE:
                if (phone.idle()) {
                    return phone.fetch(item.url());
                }
                phone.fetchWhenIdle(item.url());
                return ResponseItem.success(item.url());
            case ExecuteItem.EXECUTE_IF_IDLE:
                return phone.idle() ? phone.fetch(item.url()) : new ResponseItem(6, NOT_IDLE, item.url());
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
