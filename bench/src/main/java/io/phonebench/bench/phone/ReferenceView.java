package io.phonebench.bench.phone;

import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import java.util.List;

/** What a test reads from, or does to, the phone's reference model beyond the steps {@link Phone} mirrors on it. */
public interface ReferenceView {
    /** Every GET the model made, oldest first. */
    List<RecordedRequest> requests();

    /** The softkeys of the page the model shows now, in slot order. */
    List<SoftkeySlot> softkeys();

    /** The numbers the model dialled (Dial: URIs, directory entries), oldest first. */
    List<String> dialledNumbers();

    /**
     * Pushes {@code object} to the model alone and returns its answer: for a test that pushes to the phone itself
     * ({@link PhoneControl#pushForAnswer}) because it judges the phone's answer in its own way.
     */
    CiscoIPPhoneResponse push(CiscoIPPhoneObject object);

    /** Closes the services application, as the phone does after a power cycle or Init:Services. */
    void closeApplication();

    /** A softkey and the slot it sits in ({@code Key:Soft<position>}). */
    record SoftkeySlot(String label, int position) {
    }
}
