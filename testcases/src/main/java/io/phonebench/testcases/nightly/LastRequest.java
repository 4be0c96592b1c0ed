package io.phonebench.testcases.nightly;

import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.exchange.RecordedRequest;
import java.util.List;

/** The phone's latest request for one path, as the service host recorded it. */
final class LastRequest {
    private LastRequest() {
    }

    static RecordedRequest to(Phone phone, String path) {
        List<RecordedRequest> matching = phone.requests().stream().filter(r -> r.path().equals(path)).toList();
        if (matching.isEmpty()) {
            throw new AssertionError("expected " + phone.name() + " to GET " + path + ", it made: "
                    + phone.requests().stream().map(RecordedRequest::line).toList());
        }
        return matching.get(matching.size() - 1);
    }
}
