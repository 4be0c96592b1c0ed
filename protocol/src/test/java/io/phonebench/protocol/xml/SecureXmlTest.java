package io.phonebench.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile documents from a service or a phone. A loopback web server stands where an external entity would be
 * fetched from, so "nothing was resolved" is observed, not assumed.
 */
@Tag("reliability")
class SecureXmlTest {
    private HttpServer entityHost;
    private final AtomicInteger fetches = new AtomicInteger();

    @BeforeEach
    void startEntityHost() throws IOException {
        entityHost = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        entityHost.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] body = "<!ENTITY leak 'fetched'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        entityHost.start();
    }

    @AfterEach
    void stopEntityHost() {
        entityHost.stop(0);
    }

    private String hostUrl(String path) {
        return "http://127.0.0.1:" + entityHost.getAddress().getPort() + path;
    }

    @Test
    void refusesExternalEntityToLocalFile() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE CiscoIPPhoneText [\n"
                + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CiscoIPPhoneText><Text>&passwd;</Text></CiscoIPPhoneText>";

        XmlParseException e = assertThrows(XmlParseException.class,
                () -> SecureXml.parse(xxe.getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.problem().message().startsWith("DOCTYPE refused"), e::getMessage);
        assertEquals(2, e.problem().line(), e::getMessage);
        assertFalse(e.getMessage().contains("root:"), e::getMessage);
    }

    @Test
    void refusesExternalEntitiesWithoutFetchingThem() {
        String xxe = "<!DOCTYPE CiscoIPPhoneText [<!ENTITY % remote SYSTEM \"" + hostUrl("/dtd") + "\"> %remote;\n"
                + "<!ENTITY web SYSTEM \"" + hostUrl("/entity") + "\">]>"
                + "<CiscoIPPhoneText><Text>&web;</Text></CiscoIPPhoneText>";

        assertThrows(XmlParseException.class, () -> SecureXml.parse(xxe.getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, fetches.get(), "requests to the entity host");
    }

    @Test
    void refusesExternalDtdWithoutFetchingIt() {
        String xml = "<!DOCTYPE CiscoIPPhoneText SYSTEM \"" + hostUrl("/CiscoIPPhone.dtd") + "\">"
                + "<CiscoIPPhoneText><Text>x</Text></CiscoIPPhoneText>";

        assertThrows(XmlParseException.class, () -> SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, fetches.get(), "requests to the entity host");
    }

    @Test
    void refusesBillionLaughsBeforeExpandingAnything() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
        }
        String bomb = dtd + "]>\n<CiscoIPPhoneText><Text>&lol9;</Text></CiscoIPPhoneText>";
        long start = System.nanoTime();

        XmlParseException e = assertThrows(XmlParseException.class,
                () -> SecureXml.parse(bomb.getBytes(StandardCharsets.UTF_8)));

        assertTrue(e.problem().message().startsWith("DOCTYPE refused"), e::getMessage);
        assertTrue(e.getMessage().length() < 1000, "message stays short: nothing was expanded");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "refused at once");
    }

    @Test
    void refusesEmptyBody() {
        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXml.parse(new byte[0]));

        assertEquals(new XmlProblem(1, 1, "empty document: expected an XML object"), e.problem());
    }

    @Test
    void refusesUnknownContentTypeCharsetNamingIt() {
        XmlParseException e = assertThrows(XmlParseException.class,
                () -> SecureXml.parse("<a/>".getBytes(StandardCharsets.UTF_8), "klingon-8"));

        assertTrue(e.getMessage().contains("unknown charset 'klingon-8' in Content-Type"), e::getMessage);
    }

    @Test
    void contentTypeCharsetWinsOverTheDeclaration() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>caf\u00e9</a>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("caf\u00e9", SecureXml.parse(latin1, "iso-8859-1").text());
    }

    @Test
    void declarationNamesTheEncodingWhenTheHeaderDoesNot() {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\u00e9</a>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertEquals("caf\u00e9", SecureXml.parse(latin1).text());
    }

    @Test
    void refusesBytesTheContentTypeCharsetCannotDecodeNamingIt() {
        byte[] latin1 = "<a>caf\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1);

        XmlParseException e = assertThrows(XmlParseException.class, () -> SecureXml.parse(latin1, "UTF-8"));

        assertTrue(e.problem().message().startsWith("the body is not UTF-8 text, as its Content-Type says"),
                e::getMessage);
    }

    @Test
    void locatesMalformedMarkupWithoutRepeatingThePositionInTheMessage() {
        XmlParseException e = assertThrows(XmlParseException.class,
                () -> SecureXml.parse("<a>\n  <b></a>".getBytes(StandardCharsets.UTF_8)));

        assertEquals(2, e.problem().line(), e::getMessage);
        assertTrue(e.problem().message().contains("</a>"), e::getMessage);
        assertFalse(e.problem().message().contains("row,col"), e::getMessage);
    }

    /** Namespaces are not processed: a prefixed name is read as written, so none passes for a CiscoIPPhone name. */
    @Test
    void keepsPrefixedNamesAsWritten() {
        XmlElement root = SecureXml.parse("<x:CiscoIPPhoneText y:Name=\"1\"><x:Text>t</x:Text></x:CiscoIPPhoneText>"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("x:CiscoIPPhoneText", root.name());
        assertEquals("1", root.attribute("y:Name").orElseThrow());
        assertEquals("x:Text", root.children().get(0).name());
    }

    @Test
    void placesEachElementAtTheStartOfItsTag() {
        XmlElement root = SecureXml.parse("<a>\n  <b x=\"1\"/>\n</a>".getBytes(StandardCharsets.UTF_8));

        XmlElement b = root.child("b").orElseThrow();
        assertEquals("1:1 2:3", root.line() + ":" + root.column() + " " + b.line() + ":" + b.column());
    }

    /**
     * Documents are parsed one after another on a thread: whatever one did (cut short, refused, too deep, a charset
     * from the header), the next one parses from a clean start, and a DOCTYPE is still refused after good documents.
     */
    @Test
    void eachDocumentStartsClean() {
        byte[] good = "<CiscoIPPhoneText><Text>ok</Text></CiscoIPPhoneText>".getBytes(StandardCharsets.UTF_8);
        String deep = "<A>".repeat(SecureXml.MAX_DEPTH + 1) + "</A>".repeat(SecureXml.MAX_DEPTH + 1);
        byte[][] refused = {"<CiscoIPPhoneText><Text>cut".getBytes(StandardCharsets.UTF_8),
                deep.getBytes(StandardCharsets.UTF_8),
                "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8)};

        for (byte[] bad : refused) {
            assertThrows(XmlParseException.class, () -> SecureXml.parse(bad));
            XmlElement root = SecureXml.parse(good);
            assertEquals("CiscoIPPhoneText", root.name());
            assertEquals("ok", root.child("Text").orElseThrow().text());
        }
        assertEquals("\u00e9", SecureXml.parse("<a>\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1), "ISO-8859-1")
                .text());
        assertEquals("\u00e9", SecureXml.parse("<a>\u00e9</a>".getBytes(StandardCharsets.UTF_8)).text(),
                "the previous document's charset does not carry over");
        XmlParseException doctype = assertThrows(XmlParseException.class,
                () -> SecureXml.parse(refused[2]));
        assertTrue(doctype.problem().message().startsWith("DOCTYPE refused"), doctype::getMessage);
    }
}
