package io.phonebench.protocol.object;

/**
 * Something a phone would refuse or mishandle in an object that parsed. {@code path} names the element, e.g.
 * {@code CiscoIPPhoneMenu/MenuItem[101]} (1-based, counted among siblings of that name), so that a parsed document
 * can point at its line and column.
 */
public record ObjectProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
