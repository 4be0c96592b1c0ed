package io.phonebench.emulator.virtual;

import io.phonebench.protocol.object.CiscoIPPhoneObject;

/**
 * What the phone does with a pushed object that passed authentication, the size limit and validation; answers the
 * object to send back (a CiscoIPPhoneResponse, or a CiscoIPPhoneError). {@code ReferencePhone::push} is the
 * standard one; tests may plug in others. Called on HTTP threads, several pushes at once: a target that
 * needs them one at a time locks itself.
 */
@FunctionalInterface
public interface PushTarget {
    CiscoIPPhoneObject push(CiscoIPPhoneObject object);
}
