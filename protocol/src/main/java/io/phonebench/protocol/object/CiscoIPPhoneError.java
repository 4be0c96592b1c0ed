package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * The phone's error answer: 1 parse error (of the Execute), 2 framing the Response, 3 internal file error,
 * 4 authentication. {@code message} is the optional text content, null when absent.
 */
public record CiscoIPPhoneError(int number, String message) implements CiscoIPPhoneObject {
    static final String ROOT = "CiscoIPPhoneError";
    public static final int PARSE = 1;
    public static final int FRAMING = 2;
    public static final int INTERNAL_FILE = 3;
    public static final int AUTHENTICATION = 4;

    public CiscoIPPhoneError(int number) {
        this(number, null);
    }

    /** Bad or missing credentials; serialises to exactly {@code <CiscoIPPhoneError Number="4" />}. */
    public static CiscoIPPhoneError authentication() {
        return new CiscoIPPhoneError(AUTHENTICATION);
    }

    static CiscoIPPhoneError read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of(), List.of(), List.of("Number"));
        String text = e.text();
        return new CiscoIPPhoneError(r.requiredIntAttribute("Number"), text.isBlank() ? null : text);
    }

    /** Phones write the empty form with a space before {@code />}, and some clients compare the body byte for byte. */
    @Override
    public String toXml() {
        if (message == null) {
            return "<" + ROOT + " Number=\"" + number + "\" />";
        }
        return new XmlWriter().start(ROOT).attribute("Number", number).text(message).end(ROOT).toString();
    }
}
