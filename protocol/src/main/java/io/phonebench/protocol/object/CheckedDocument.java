package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlProblem;
import java.util.List;

/**
 * The verdict on one document: the object when it parsed (null when it did not), and every problem with the line
 * and column of the element concerned.
 */
public record CheckedDocument(CiscoIPPhoneObject object, List<XmlProblem> problems) {
    public CheckedDocument {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return object != null && problems.isEmpty();
    }
}
