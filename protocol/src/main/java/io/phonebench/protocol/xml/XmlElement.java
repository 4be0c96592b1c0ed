package io.phonebench.protocol.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed document with the line and column where it starts, so that every later complaint
 * (a missing child, a bad attribute) can point at the right place. Read-only once parsed.
 */
public final class XmlElement {
    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final int line;
    private final int column;

    /** Takes {@code attributes} as they are: the parser builds a new map for each element and keeps none. */
    XmlElement(String name, Map<String, String> attributes, int line, int column) {
        this.name = name;
        this.attributes = attributes.isEmpty() ? Map.of() : Collections.unmodifiableMap(attributes);
        this.line = line;
        this.column = column;
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    void appendText(char[] ch, int start, int length) {
        text.append(ch, start, length);
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public Optional<String> attribute(String attributeName) {
        return Optional.ofNullable(attributes.get(attributeName));
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    // children(name) and child(name) are plain loops: they run for every element of every answer a push reads, and
    // in a short run's first pushes (code not yet compiled) a stream pipeline cost more than the parse.
    public List<XmlElement> children(String childName) {
        List<XmlElement> named = new ArrayList<>(children.size());
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                named.add(c);
            }
        }
        return Collections.unmodifiableList(named);
    }

    public Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The element's own character data, untrimmed. */
    public String text() {
        return text.toString();
    }

    /** Text of the first child with that name, if the child exists. */
    public Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text);
    }

    /** A problem located at this element, for validation messages. */
    public XmlParseException problem(String message) {
        return new XmlParseException(line, column, message);
    }
}
