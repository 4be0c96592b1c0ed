package io.phonebench.protocol.object;

import java.util.List;

/** The SDK's rules for a CiscoIPPhoneExecute (docs/xml-object-reference.md §2.1, §3.1, §4). */
final class ExecuteRules {
    private final Validation v;

    ExecuteRules(Validation v) {
        this.v = v;
    }

    void check(CiscoIPPhoneExecute execute) {
        List<ExecuteItem> items = execute.executeItems();
        if (items.isEmpty()) {
            v.add(v.root(), "no ExecuteItem: expected 1 to " + SdkLimits.EXECUTE_ITEMS);
        }
        v.atMost(ExecuteItem.ELEMENT, items.size(), SdkLimits.EXECUTE_ITEMS);
        int http = 0;
        for (int n = 0; n < items.size(); n++) {
            ExecuteItem item = items.get(n);
            String path = v.item(ExecuteItem.ELEMENT, n);
            if (item.url() == null || item.url().isBlank()) {
                v.add(path, "empty URL: expected an http(s) URL or an internal URI");
                continue;
            }
            if (item.isHttp() && ++http == SdkLimits.EXECUTE_HTTP_URLS + 1) {
                v.add(path, "second HTTP URL '" + item.url() + "': at most one HTTP URL plus two internal URIs,"
                        + " or three internal URIs");
            }
            priority(path, item);
            String scheme = item.url().contains(":") ? item.url().substring(0, item.url().indexOf(':')) : "";
            if (scheme.equals("SoftKey")) {
                v.add(path, "'" + item.url() + "': SoftKey URIs act on a displayed object and are not allowed in"
                        + " CiscoIPPhoneExecute");
            } else if (scheme.equals("Notify")) {
                v.add(path, "'" + item.url() + "': Notify URIs are not allowed in CiscoIPPhoneExecute");
            }
        }
    }

    /**
     * Only a value outside 0-2 is a problem. Cisco (Notes 9.1.1, CiscoIPPhoneExecute): "The Priority attribute is
     * only used for HTTP URLs. Internal URIs always execute immediately", so Priority 1 or 2 on an internal URI is
     * ignored by the phone and runs the URI at once, not an object to refuse ({@link ExecuteItem#effectivePriority}).
     */
    private void priority(String path, ExecuteItem item) {
        Integer p = item.priority();
        if (p == null) {
            return;
        }
        if (p < ExecuteItem.EXECUTE_IMMEDIATELY || p > ExecuteItem.EXECUTE_IF_IDLE) {
            v.add(path, "Priority=\"" + p + "\": expected 0 (immediately), 1 (when idle) or 2 (only if idle)");
        }
    }
}
