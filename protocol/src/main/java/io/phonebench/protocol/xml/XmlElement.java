package io.phonebench.protocol.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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

    XmlElement(String name, Map<String, String> attributes, int line, int column) {
        this.name = name;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
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

    public List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
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
