package io.phonebench.protocol.device;

/** A device page field whose value does not have the expected form: names the page, the field and the value. */
public final class DevicePageException extends IllegalArgumentException {
    public DevicePageException(String page, String field, String value, String expectation) {
        super(page + " field " + field + " = '" + value + "': expected " + expectation);
    }
}
