package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Pushed;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.ResponseItem;
import java.util.List;

/** The phone's answer to a push against its reference model's: same items, statuses and data, in order. */
public final class ResponseExpectation {
    private ResponseExpectation() {
    }

    public static Verdict judge(Pushed pushed) {
        List<ResponseItem> expected = pushed.expected().responseItems();
        List<ResponseItem> actual = pushed.actual().responseItems();
        Evidence[] evidence = {
                Evidence.xml("pushed object", pushed.object().toXml()),
                Evidence.xml("expected response", pushed.expected().toXml()),
                Evidence.xml("actual response", pushed.actual().toXml())};
        if (expected.size() != actual.size()) {
            return Verdict.failed("push response: expected " + expected.size() + " ResponseItem(s), the phone sent "
                    + actual.size(), evidence);
        }
        for (int i = 0; i < expected.size(); i++) {
            ResponseItem e = expected.get(i);
            ResponseItem a = actual.get(i);
            if (e.status() != a.status() || !e.data().equals(a.data())) {
                return Verdict.failed("push response item " + (i + 1) + ": expected Status=" + e.status() + " Data="
                        + e.data() + ", the phone sent Status=" + a.status() + " Data=" + a.data(), evidence);
            }
        }
        return Verdict.passed("push response matches the reference model (" + actual.size() + " item(s))", evidence);
    }
}
