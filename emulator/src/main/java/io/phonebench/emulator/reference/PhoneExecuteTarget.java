package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.InternalUri;
import java.net.URI;

/** The phone as an Execute sees it; runs under the phone's lock (the runner is only called from there). */
final class PhoneExecuteTarget implements ExecuteRunner.Phone {
    private final ReferencePhone phone;

    PhoneExecuteTarget(ReferencePhone phone) {
        this.phone = phone;
    }

    @Override
    public boolean idle() {
        return phone.idle();
    }

    @Override
    public boolean has(Deviation deviation) {
        return phone.has(deviation);
    }

    @Override
    public ResponseItem fetch(String url) {
        return phone.navigate(URI.create(url), false, "")
                ? ResponseItem.success(url) : new ResponseItem(6, phone.lastProblem(), url);
    }

    @Override
    public void fetchWhenIdle(String url) {
        phone.deferUntilIdle(url);
    }

    @Override
    public ResponseItem run(InternalUri uri) {
        return phone.run(uri);
    }
}
