package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads one element of a CiscoIPPhone object the way the phone's parser does: only the children and attributes the
 * SDK defines, names case-sensitive. Every complaint carries the line and column of the element concerned.
 */
final class ElementReader {
    private final XmlElement element;

    private ElementReader(XmlElement element) {
        this.element = element;
    }

    /**
     * @param singles children that may appear at most once
     * @param repeated children that may appear any number of times
     * @param attributes attributes the SDK defines on this element
     */
    static ElementReader of(XmlElement element, List<String> singles, List<String> repeated, List<String> attributes) {
        Set<String> seen = singles.isEmpty() ? Set.of() : new HashSet<>();
        for (XmlElement child : element.children()) {
            String name = child.name();
            if (singles.contains(name)) {
                if (!seen.add(name)) {
                    throw child.problem("<" + name + "> appears twice in " + element.name() + ": expected at most one");
                }
            } else if (!repeated.contains(name)) {
                throw child.problem("unknown element <" + name + "> in " + element.name() + ": expected "
                        + expectation(singles, repeated) + hint(name, singles, repeated));
            }
        }
        return new ElementReader(element).checkAttributes(attributes);
    }

    private ElementReader checkAttributes(List<String> attributes) {
        for (String name : element.attributes().keySet()) {
            if (!attributes.contains(name)) {
                String allowed = attributes.isEmpty() ? "no attributes" : "one of " + String.join(", ", attributes);
                throw element.problem("unknown attribute " + name + " on " + element.name() + ": expected " + allowed
                        + hint(name, attributes, List.of()));
            }
        }
        return this;
    }

    XmlElement element() {
        return element;
    }

    String name() {
        return element.name();
    }

    /** Text of an optional child, null when absent (an empty element reads as ""). */
    String text(String child) {
        return element.child(child).map(ElementReader::leafText).orElse(null);
    }

    String requiredText(String child) {
        return leafText(element.child(child).orElseThrow(() -> missing(child)));
    }

    /** Text-only elements such as Title: markup inside them is not something a phone renders. */
    private static String leafText(XmlElement leaf) {
        if (!leaf.children().isEmpty()) {
            XmlElement inner = leaf.children().get(0);
            throw inner.problem("unknown element <" + inner.name() + "> in " + leaf.name() + ": expected text only");
        }
        return leaf.text();
    }

    /** A URL-like child: surrounding whitespace from pretty-printing is not part of it. */
    String url(String child) {
        String t = text(child);
        return t == null ? null : t.strip();
    }

    String requiredUrl(String child) {
        return requiredText(child).strip();
    }

    Integer integer(String child) {
        Optional<XmlElement> c = element.child(child);
        return c.map(e -> number(e, () -> "<" + child + "> in " + name(), leafText(e))).orElse(null);
    }

    int requiredInt(String child) {
        XmlElement c = element.child(child).orElseThrow(() -> missing(child));
        return number(c, () -> "<" + child + "> in " + name(), leafText(c));
    }

    List<XmlElement> all(String child) {
        return element.children(child);
    }

    String attribute(String name) {
        return element.attribute(name).orElse(null);
    }

    String requiredAttribute(String name) {
        return element.attribute(name).orElseThrow(() -> element.problem(
                "missing attribute " + name + " on " + element.name()));
    }

    Integer intAttribute(String name) {
        return element.attribute(name).map(v -> number(element, () -> attributeLabel(name), v)).orElse(null);
    }

    int requiredIntAttribute(String name) {
        return number(element, () -> attributeLabel(name), requiredAttribute(name));
    }

    private String attributeLabel(String attribute) {
        return "attribute " + attribute + " of " + element.name();
    }

    XmlParseException missing(String child) {
        return element.problem("missing <" + child + "> in " + element.name() + ": the SDK requires it here");
    }

    /** {@code what} names the number for the complaint; it is built only for one, as every answer reads numbers. */
    private static int number(XmlElement at, Supplier<String> what, String raw) {
        String v = raw.strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw at.problem(what.get() + ": expected an integer, saw '" + raw + "'");
        }
    }

    private static String expectation(List<String> singles, List<String> repeated) {
        if (singles.isEmpty() && repeated.isEmpty()) {
            return "no child elements";
        }
        StringBuilder b = new StringBuilder("one of ");
        String sep = "";
        for (String s : singles) {
            b.append(sep).append(s);
            sep = ", ";
        }
        for (String s : repeated) {
            b.append(sep).append(s);
            sep = ", ";
        }
        return b.toString();
    }

    /** Phones compare names case-sensitively; say so when only the case is wrong ({@code appID} vs appId). */
    private static String hint(String name, List<String> a, List<String> b) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Stream.concat(a.stream(), b.stream())
                .filter(n -> n.toLowerCase(Locale.ROOT).equals(lower))
                .findFirst()
                .map(n -> " (names are case-sensitive: write " + n + ")")
                .orElse("");
    }
}
