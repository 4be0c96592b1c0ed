package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;

/** The {@code WindowMode} attribute of image objects on 69xx-era firmware: normal or wide services area. */
public enum WindowMode {
    NORMAL("Normal"),
    WIDE("Wide");

    private final String xml;

    WindowMode(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }

    static WindowMode read(ElementReader r) {
        String v = r.attribute("WindowMode");
        if (v == null) {
            return null;
        }
        for (WindowMode m : values()) {
            if (m.xml.equals(v)) {
                return m;
            }
        }
        XmlElement e = r.element();
        throw e.problem("WindowMode=\"" + v + "\" on " + e.name() + ": expected Normal or Wide");
    }
}
