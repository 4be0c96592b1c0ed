package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlProblem;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the element an {@link ObjectProblem#path()} names in a parsed document, so that validation problems point
 * at a line and column. A path the document lacks (a missing child) falls back to its nearest ancestor.
 */
final class ElementIndex {
    private final Map<String, XmlElement> byPath = new HashMap<>();
    private final XmlElement root;

    ElementIndex(XmlElement root) {
        this.root = root;
        add(root.name() + "[1]", root);
    }

    private void add(String path, XmlElement element) {
        byPath.put(path, element);
        Map<String, Integer> counts = new HashMap<>();
        for (XmlElement child : element.children()) {
            int n = counts.merge(child.name(), 1, Integer::sum);
            add(path + "/" + child.name() + "[" + n + "]", child);
        }
    }

    XmlProblem locate(ObjectProblem problem) {
        String path = normalise(problem.path());
        XmlElement at = byPath.get(path);
        while (at == null && path.contains("/")) {
            path = path.substring(0, path.lastIndexOf('/'));
            at = byPath.get(path);
        }
        if (at == null) {
            at = root;
        }
        return new XmlProblem(at.line(), at.column(), problem.toString());
    }

    /** {@code Root/Title} and {@code Root[1]/Title[1]} name the same element. */
    private static String normalise(String path) {
        StringBuilder b = new StringBuilder();
        for (String segment : path.split("/")) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(segment);
            if (!segment.endsWith("]")) {
                b.append("[1]");
            }
        }
        return b.toString();
    }
}
