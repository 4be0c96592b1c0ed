package io.phonebench.bench.phone;

import io.phonebench.emulator.reference.DialEvent;
import io.phonebench.emulator.reference.ReferencePhone;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import java.util.List;

/** {@link ReferenceView} of the emulator's reference model. */
final class ModelReferenceView implements ReferenceView {
    private final ReferencePhone model;

    ModelReferenceView(ReferencePhone model) {
        this.model = model;
    }

    @Override
    public List<RecordedRequest> requests() {
        return model.requests();
    }

    @Override
    public List<SoftkeySlot> softkeys() {
        return model.softkeys().stream().map(k -> new SoftkeySlot(k.label(), k.position())).toList();
    }

    @Override
    public List<String> dialledNumbers() {
        return model.dialEvents().stream().map(DialEvent::digits).toList();
    }

    @Override
    public CiscoIPPhoneResponse push(CiscoIPPhoneObject object) {
        return model.push(object);
    }

    @Override
    public void closeApplication() {
        model.closeApplication();
    }
}
