package io.phonebench.protocol.xml;

/**
 * Writes CiscoIPPhone XML compactly (phones count bytes against the push limit) with the five predefined entities
 * escaped. Serialised objects carry no XML declaration unless asked: the 512-byte budget is precious.
 */
public final class XmlWriter {
    private final StringBuilder out = new StringBuilder(256);
    private boolean tagOpen;

    public XmlWriter start(String name) {
        closeTag();
        out.append('<').append(name);
        tagOpen = true;
        return this;
    }

    /** An attribute of the element just started; null values are left out. */
    public XmlWriter attribute(String name, Object value) {
        if (!tagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        if (value != null) {
            out.append(' ').append(name).append("=\"").append(escape(value.toString())).append('"');
        }
        return this;
    }

    public XmlWriter text(String value) {
        closeTag();
        out.append(escape(value));
        return this;
    }

    public XmlWriter end(String name) {
        if (tagOpen) {
            out.append("/>");
            tagOpen = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** {@code <name>value</name>}, or nothing when value is null. */
    public XmlWriter element(String name, Object value) {
        if (value != null) {
            start(name);
            text(value.toString());
            closeTag();
            out.append("</").append(name).append('>');
        }
        return this;
    }

    private void closeTag() {
        if (tagOpen) {
            out.append('>');
            tagOpen = false;
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    public static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (r != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (r != null) {
                    b.append(r);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
