package io.phonebench.drivers.phone;

/** An object too large to push: refused before anything is sent. The message says how to deliver it instead. */
public final class PushLimitExceededException extends IllegalArgumentException {
    public PushLimitExceededException(PhoneAddress phone, String objectName, int bytes, int limit) {
        super(objectName + " is " + bytes + " bytes, over the push limit of " + limit + " bytes of phone "
                + phone.label() + ". Expected at most " + limit + " bytes: serve the object over HTTP and push a"
                + " CiscoIPPhoneExecute whose ExecuteItem URL points at it (CiscoIPPhoneExecute.fetch(url))");
    }
}
