package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/** One field of a CiscoIPPhoneInput; the phone sends its value as {@code QueryStringParam=value}. */
public record InputItem(String displayName, String queryStringParam, String defaultValue, InputFlags inputFlags) {
    static final String ELEMENT = "InputItem";

    static List<InputItem> readAll(ElementReader parent) {
        return parent.all(ELEMENT).stream().map(InputItem::read).toList();
    }

    private static InputItem read(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("DisplayName", "QueryStringParam", "DefaultValue", "InputFlags"),
                List.of(), List.of());
        InputFlags flags = r.element().child("InputFlags").map(f -> {
            try {
                return InputFlags.parse(f.text());
            } catch (IllegalArgumentException bad) {
                throw f.problem(bad.getMessage());
            }
        }).orElse(null);
        return new InputItem(r.text("DisplayName"), r.requiredText("QueryStringParam").strip(),
                r.text("DefaultValue"), flags);
    }

    void write(XmlWriter w) {
        w.start(ELEMENT)
                .element("DisplayName", displayName)
                .element("QueryStringParam", queryStringParam)
                .element("DefaultValue", defaultValue)
                .element("InputFlags", inputFlags)
                .end(ELEMENT);
    }
}
