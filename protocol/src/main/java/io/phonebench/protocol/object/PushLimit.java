package io.phonebench.protocol.object;

/**
 * How large a pushed object may be (docs/xml-object-reference.md §1): 512 bytes on the 79xx-era SDK, 40 KB on phones
 * covered by
 * the 9.1.1+ book (78xx/88xx/98xx). Larger objects reach a phone only by GET: push a CiscoIPPhoneExecute whose
 * ExecuteItem URL points at the object ({@link CiscoIPPhoneExecute#fetch(String)}).
 */
public final class PushLimit {
    public static final int CLASSIC_BYTES = 512;
    public static final int CURRENT_BYTES = 40 * 1024;

    private PushLimit() {
    }

    public static boolean fits(CiscoIPPhoneObject object, int limitBytes) {
        return object.pushBytes() <= limitBytes;
    }
}
