package io.phonebench.protocol.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plain documents phones and services exchange most (a push's CiscoIPPhoneResponse, device pages, menus), read
 * without the JDK's parser, whose reset and set-up for each document cost a push more than all of the bench's own
 * work: printable ASCII, an optional XML declaration, elements, attributes, text and the five predefined entities.
 * Anything else (a DOCTYPE, a comment, a processing instruction, CDATA, a character reference, a byte outside
 * printable ASCII, a carriage return, a charset that does not read ASCII as ASCII, nesting beyond
 * {@link SecureXml#MAX_DEPTH}, any malformation) is left to {@link SecureXml}'s full parser, which also writes every
 * error message: this reader accepts or steps aside, it never refuses. What it accepts it reads exactly as that
 * parser does, down to each element's line and column (just after its start tag, where SAX's locator stands).
 */
final class PlainXml {
    /** Larger documents are rare and the parser's set-up is small beside them. */
    static final int MAX_BYTES = 64 * 1024;
    private static final Set<String> ASCII_CHARSETS = Set.of("utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1",
            "latin1", "iso8859-1", "windows-1252", "cp1252");
    private static final List<String> DECLARED = List.of("version", "encoding", "standalone");

    private final byte[] in;
    private final char[] text;
    private int at;
    private int line = 1;
    private int lineStart;
    private int counted;

    private PlainXml(byte[] in) {
        this.in = in;
        this.text = new char[in.length];
    }

    /** The document's root, or empty when the full parser must read it. */
    static Optional<XmlElement> read(byte[] body, String contentTypeCharset) {
        if (body.length > MAX_BYTES || !plainCharset(contentTypeCharset)) {
            return Optional.empty();
        }
        for (byte b : body) {
            if ((b < 0x20 || b > 0x7E) && b != '\n' && b != '\t') {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(new PlainXml(body).document());
    }

    private static boolean plainCharset(String name) {
        return name == null || name.isBlank()
                || ASCII_CHARSETS.contains(name.trim().replace("\"", "").toLowerCase(Locale.ROOT));
    }

    private XmlElement document() {
        if (startsWith("<?xml") && at + 5 < in.length && space(in[at + 5]) && !declaration()) {
            return null;
        }
        skipSpace();
        if (at >= in.length || in[at] != '<' || at + 1 >= in.length || !nameStart(in[at + 1])) {
            return null;
        }
        XmlElement root = elements();
        if (root == null) {
            return null;
        }
        skipSpace();
        return at == in.length ? root : null;
    }

    /** {@code <?xml version="1.0" encoding="..." standalone="..."?>}, in that order, the last two optional. */
    private boolean declaration() {
        int end = indexOf("?>", at);
        if (end < 0 || indexOf("\n", at) < end) {
            return false;   // the JDK parser counts no line inside a declaration: leave such documents to it
        }
        at += 5;
        int next = 0;
        while (true) {
            boolean spaced = skipSpace();
            if (startsWith("?>")) {
                at += 2;
                return next > 0;   // the version is required
            }
            if (!spaced) {
                return false;
            }
            String name = name();
            int index = name == null ? -1 : DECLARED.indexOf(name);
            if (index < next || (next == 0 && index != 0)) {
                return false;
            }
            skipSpace();
            if (at >= in.length || in[at] != '=') {
                return false;
            }
            at++;
            skipSpace();
            String value = quoted();
            if (value == null || !switch (index) {
                case 0 -> value.equals("1.0");
                case 1 -> ASCII_CHARSETS.contains(value.toLowerCase(Locale.ROOT));
                default -> value.equals("yes") || value.equals("no");
            }) {
                return false;
            }
            next = index + 1;
        }
    }

    /** The root element and everything in it, iteratively (no recursion, so no stack to overflow). */
    private XmlElement elements() {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (true) {
            // here: at a '<' that starts a start tag
            at++;
            String name = name();
            if (name == null) {
                return null;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            boolean empty;
            while (true) {
                boolean spaced = skipSpace();
                if (at >= in.length) {
                    return null;
                }
                if (in[at] == '>') {
                    at++;
                    empty = false;
                    break;
                }
                if (in[at] == '/' && at + 1 < in.length && in[at + 1] == '>') {
                    at += 2;
                    empty = true;
                    break;
                }
                if (!spaced) {
                    return null;
                }
                String attribute = name();
                if (attribute == null) {
                    return null;
                }
                skipSpace();
                if (at >= in.length || in[at] != '=') {
                    return null;
                }
                at++;
                skipSpace();
                String value = quoted();
                if (value == null || attributes.put(attribute, value) != null) {
                    return null;
                }
            }
            if (open.size() >= SecureXml.MAX_DEPTH) {
                return null;
            }
            countLines();
            XmlElement element = new XmlElement(name, attributes, line, at - lineStart + 1);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().addChild(element);
            }
            if (!empty) {
                open.push(element);
            }
            // content up to the next start tag, or end tags until one is followed by a start tag
            while (!open.isEmpty()) {
                if (!characters(open.peek())) {
                    return null;
                }
                if (in[at + 1] != '/') {
                    if (!nameStart(in[at + 1])) {
                        return null;   // <! or <? or a stray '<'
                    }
                    break;
                }
                at += 2;
                String closing = name();
                skipSpace();
                if (closing == null || !closing.equals(open.peek().name()) || at >= in.length || in[at] != '>') {
                    return null;
                }
                at++;
                open.pop();
            }
            if (open.isEmpty()) {
                return root;
            }
        }
    }

    /** Text up to the next '<' (which must exist), appended to {@code element}; false when it is not plain. */
    private boolean characters(XmlElement element) {
        int n = 0;
        while (at < in.length && in[at] != '<') {
            byte b = in[at];
            if (b == '&') {
                char c = entity();
                if (c == 0) {
                    return false;
                }
                text[n++] = c;
                continue;
            }
            if (b == '>' && at >= 2 && in[at - 1] == ']' && in[at - 2] == ']') {
                return false;   // "]]>" is not allowed in text
            }
            text[n++] = (char) b;
            at++;
        }
        if (at + 1 >= in.length) {
            return false;
        }
        if (n > 0) {
            element.appendText(text, 0, n);
        }
        return true;
    }

    /** A quoted attribute value with entities resolved and tabs and newlines read as spaces, or null. */
    private String quoted() {
        if (at >= in.length || (in[at] != '"' && in[at] != '\'')) {
            return null;
        }
        byte quote = in[at++];
        int n = 0;
        while (at < in.length && in[at] != quote) {
            byte b = in[at];
            if (b == '<') {
                return null;
            }
            if (b == '&') {
                char c = entity();
                if (c == 0) {
                    return null;
                }
                text[n++] = c;
                continue;
            }
            text[n++] = b == '\t' || b == '\n' ? ' ' : (char) b;
            at++;
        }
        if (at >= in.length) {
            return null;
        }
        at++;
        return new String(text, 0, n);
    }

    /** One of the five predefined entities at {@code at}, consumed; 0 for anything else. */
    private char entity() {
        String[] names = {"&lt;", "&gt;", "&amp;", "&quot;", "&apos;"};
        char[] chars = {'<', '>', '&', '"', '\''};
        for (int i = 0; i < names.length; i++) {
            if (startsWith(names[i])) {
                at += names[i].length();
                return chars[i];
            }
        }
        return 0;
    }

    /** An ASCII XML name at {@code at}, consumed, or null. */
    private String name() {
        int start = at;
        if (at >= in.length || !nameStart(in[at])) {
            return null;
        }
        at++;
        while (at < in.length && nameChar(in[at])) {
            at++;
        }
        return new String(in, start, at - start, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static boolean nameStart(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b == ':';
    }

    private static boolean nameChar(byte b) {
        return nameStart(b) || (b >= '0' && b <= '9') || b == '-' || b == '.';
    }

    private static boolean space(byte b) {
        return b == ' ' || b == '\t' || b == '\n';
    }

    /** Skips white space; whether there was any. */
    private boolean skipSpace() {
        int start = at;
        while (at < in.length && space(in[at])) {
            at++;
        }
        return at > start;
    }

    private int indexOf(String s, int from) {
        for (int i = from; i + s.length() <= in.length; i++) {
            int k = 0;
            while (k < s.length() && in[i + k] == s.charAt(k)) {
                k++;
            }
            if (k == s.length()) {
                return i;
            }
        }
        return -1;
    }

    private boolean startsWith(String s) {
        if (at + s.length() > in.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (in[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Brings {@link #line} and {@link #lineStart} up to {@link #at}. */
    private void countLines() {
        for (; counted < at; counted++) {
            if (in[counted] == '\n') {
                line++;
                lineStart = counted + 1;
            }
        }
    }
}
