package io.phonebench.protocol.xml;

/** Where a document went wrong and what was expected there; prints as {@code LINE:COL: message}. */
public record XmlProblem(int line, int column, String message) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
