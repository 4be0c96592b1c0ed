package io.phonebench.bench.phone;

import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;

/** One push done to the phone and to its reference model: what each answered. */
public record Pushed(CiscoIPPhoneObject object, CiscoIPPhoneResponse actual, CiscoIPPhoneResponse expected) {
}
