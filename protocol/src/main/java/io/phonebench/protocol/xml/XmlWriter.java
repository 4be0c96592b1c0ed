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
            out.append(' ').append(name).append("=\"").append(escapeAttribute(value.toString())).append('"');
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

    /**
     * Escapes character data. A carriage return is written as {@code &#13;} because a parser turns a literal one into
     * a line feed, and a Menu Name's CRs are line breaks on the phone.
     */
    public static String escape(String s) {
        return escape(s, false);
    }

    /** Escapes an attribute value; TAB, LF and CR as references, since parsers turn literal ones into spaces. */
    public static String escapeAttribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                case '\r' -> "&#13;";
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
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
