package io.phonebench.protocol.xml;

/** A document a phone would refuse: malformed, forbidden (DTD, entities) or not the object expected. */
public final class XmlParseException extends RuntimeException {
    private final XmlProblem problem;

    public XmlParseException(XmlProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public XmlParseException(int line, int column, String message) {
        this(new XmlProblem(line, column, message));
    }

    public XmlProblem problem() {
        return problem;
    }
}
