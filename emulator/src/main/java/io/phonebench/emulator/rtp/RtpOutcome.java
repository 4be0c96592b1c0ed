package io.phonebench.emulator.rtp;

import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.RtpUri;
import java.util.OptionalInt;

/**
 * What the phone answers to an RTP URI, as the Status and Data of its ResponseItem.
 *
 * @param status ResponseItem Status: 0 success, 6 internal error (DN911-URI's code for failures; the RTP busy text's
 *               own Status is not documented)
 * @param data   ResponseItem Data: {@code Success} or the documented error text
 * @param port   the port the phone picked, when an RTPRx named none
 */
public record RtpOutcome(int status, String data, OptionalInt port) {
    public static final String BUSY = "errorNo=1 Tx/Rx is already active";
    public static final String UNAUTHORIZED = "errorNo=4 unauthorized";

    static RtpOutcome success() {
        return new RtpOutcome(0, "Success", OptionalInt.empty());
    }

    static RtpOutcome success(int pickedPort) {
        return new RtpOutcome(0, "Success", OptionalInt.of(pickedPort));
    }

    static RtpOutcome busy() {
        return new RtpOutcome(6, BUSY, OptionalInt.empty());
    }

    static RtpOutcome unauthorized() {
        return new RtpOutcome(6, UNAUTHORIZED, OptionalInt.empty());
    }

    /** The ResponseItem a phone answers for this URI. */
    public ResponseItem responseItem(RtpUri uri) {
        return new ResponseItem(status, data, uri.format());
    }

    public boolean succeeded() {
        return status == 0;
    }
}
