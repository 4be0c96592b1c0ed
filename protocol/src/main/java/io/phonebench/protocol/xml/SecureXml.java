package io.phonebench.protocol.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses untrusted XML (from phones and services) into {@link XmlElement}s. A DOCTYPE is refused outright, which
 * shuts out external entities (XXE) and entity expansion (billion laughs) before they can be resolved.
 *
 * <p>Plain ASCII documents, the most common by far, are read by {@link PlainXml} without setting up the JDK's
 * parser; anything else, and every error, is the JDK parser's.
 *
 * <p>Encoding: a charset from the HTTP Content-Type wins (RFC 7303 §3.2); otherwise the XML declaration's
 * encoding; otherwise UTF-8, the XML default.
 */
public final class SecureXml {
    /**
     * CiscoIPPhone objects and device pages nest four or five levels; readers walk the tree recursively, so a
     * document nested 100,000 deep would overflow their stack. Anything deeper than this is refused while parsing.
     */
    public static final int MAX_DEPTH = 32;
    private static final SAXParserFactory FACTORY = factory();
    /** Creating a parser costs more than parsing a typical object; one per thread, reset after every document. */
    private static final ThreadLocal<SAXParser> PARSER = ThreadLocal.withInitial(SecureXml::newParser);

    private SecureXml() {
    }

    public static XmlElement parse(byte[] body) {
        return parse(body, null);
    }

    /**
     * @param contentTypeCharset the {@code charset} parameter of the Content-Type header, or null when there was none
     */
    public static XmlElement parse(byte[] body, String contentTypeCharset) {
        if (body == null || body.length == 0) {
            throw new XmlParseException(1, 1, "empty document: expected an XML object");
        }
        Optional<XmlElement> plain = PlainXml.read(body, contentTypeCharset);
        return plain.isPresent() ? plain.get() : parseWithJdk(body, contentTypeCharset);
    }

    /** The JDK's SAX parser, secured: what reads every document {@link PlainXml} steps aside from. */
    static XmlElement parseWithJdk(byte[] body, String contentTypeCharset) {
        InputSource source = new InputSource(new ByteArrayInputStream(body));
        if (contentTypeCharset != null && !contentTypeCharset.isBlank()) {
            source.setEncoding(checkedCharset(contentTypeCharset).name());
        }
        TreeBuilder builder = new TreeBuilder();
        SAXParser parser = PARSER.get();
        try {
            parser.parse(source, builder);
        } catch (SAXParseException e) {
            throw new XmlParseException(Math.max(e.getLineNumber(), 1), Math.max(e.getColumnNumber(), 1),
                    describe(e.getMessage()));
        } catch (SAXException e) {
            throw new XmlParseException(1, 1, describe(e.getMessage()));
        } catch (IOException e) {
            throw new XmlParseException(1, 1, "unreadable document: " + e.getMessage());
        } finally {
            parser.reset();
        }
        return builder.root;
    }

    private static SAXParser newParser() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newSAXParser();
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be created securely: " + e.getMessage(), e);
        }
    }

    private static Charset checkedCharset(String name) {
        try {
            return Charset.forName(name.trim().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlParseException(1, 1, "unknown charset '" + name + "' in Content-Type");
        }
    }

    private static String describe(String parserMessage) {
        String m = parserMessage == null ? "malformed XML" : parserMessage;
        if (m.contains("DOCTYPE") || m.contains("disallow-doctype-decl")) {
            return "DOCTYPE refused: CiscoIPPhone objects carry no DTD, and external or expanding entities are not"
                    + " resolved (" + m + ")";
        }
        return m;
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be secured: " + e.getMessage(), e);
        }
    }

    private static final class TreeBuilder extends DefaultHandler {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private Locator locator;
        private XmlElement root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs)
                throws SAXParseException {
            if (open.size() >= MAX_DEPTH) {
                throw new SAXParseException("element <" + qName + "> nested deeper than " + MAX_DEPTH
                        + " levels: no CiscoIPPhone object or device page nests this deep", locator);
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                map.put(attrs.getQName(i), attrs.getValue(i));
            }
            XmlElement element = new XmlElement(qName, map, locator.getLineNumber(), locator.getColumnNumber());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().addChild(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().appendText(ch, start, length);
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
