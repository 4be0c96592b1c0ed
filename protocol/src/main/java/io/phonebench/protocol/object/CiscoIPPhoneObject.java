package io.phonebench.protocol.object;

import java.nio.charset.StandardCharsets;

/**
 * An object of the IP Phone Services SDK. Each Java type is named after its root element, and {@link #toXml()}
 * is compact (no declaration, no indentation) because pushed objects are counted in bytes against the phone's
 * push limit ({@link PushLimit}).
 */
public sealed interface CiscoIPPhoneObject
        permits DisplayableObject, CiscoIPPhoneExecute, CiscoIPPhoneResponse, CiscoIPPhoneError {

    String toXml();

    /** UTF-8 length of {@link #toXml()}, the figure the push limit applies to. */
    default int pushBytes() {
        return toXml().getBytes(StandardCharsets.UTF_8).length;
    }

    /** The object as a document to serve over HTTP: with the encoding declared, as the SDK asks. */
    default String toDocument() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + toXml();
    }

    /** The root element name, which is also the Java type name. */
    default String rootName() {
        return getClass().getSimpleName();
    }
}
