package io.phonebench.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The plain-document reader against the JDK's parser: whatever it accepts, it reads to the very tree the JDK parser
 * builds (names, attributes, text, line and column of every element), and it steps aside from everything outside
 * plain ASCII XML, leaving refusals and their messages to the JDK parser.
 */
class PlainXmlTest {
    private static final List<String> PLAIN = List.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CiscoIPPhoneResponse><ResponseItem Status=\"0\""
                    + " Data=\"Success\" URL=\"\"/></CiscoIPPhoneResponse>\n",
            "<CiscoIPPhoneText><Title>Bench</Title><Prompt>benchmark</Prompt><Text>Push &amp; &lt;check&gt;"
                    + " &quot;it&quot; &apos;now&apos;</Text></CiscoIPPhoneText>",
            "<a>\n  <b x=\"1\"/>\n<c  y = 'q&amp;r' >t&lt;u</c>  </a>",
            "<?xml version='1.0' standalone='yes' ?><a x=\"1\t2\n3\">x\ty\n\n</a>\n\n",
            "<CiscoIPPhoneMenu>\n\t<Title>Directory</Title>\n\t<MenuItem>\n\t\t<Name>One</Name>\n\t\t<URL>"
                    + "http://127.0.0.1:8080/x?a=1&amp;b=2</URL>\n\t</MenuItem>\n\t<SoftKeyItem><Name>Dial</Name>"
                    + "<URL>SoftKey:Dial</URL><Position>1</Position></SoftKeyItem>\n</CiscoIPPhoneMenu>",
            "<x:a xmlns:x=\"urn:x\" _b.c-d=\"]]\"><x:b>]></x:b>text after<c/>more</x:a>");

    @ParameterizedTest(name = "document {index}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void readsPlainDocumentsAsTheJdkParserDoes(int index) {
        byte[] body = PLAIN.get(index).getBytes(StandardCharsets.US_ASCII);

        Optional<XmlElement> plain = PlainXml.read(body, null);

        assertTrue(plain.isPresent(), "a plain document is read without the JDK parser: " + PLAIN.get(index));
        assertEquals(tree(SecureXml.parseWithJdk(body, null)), tree(plain.get()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"<!DOCTYPE a><a/>", "<a><!-- note --></a>", "<a><![CDATA[x]]></a>", "<a>&#65;</a>",
            "<a>&nbsp;</a>", "<a>\u00e9</a>", "<a>\r\n</a>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>",
            "<?xml version=\"1.1\"?><a/>", "<a><?pi x?></a>", " <?xml version=\"1.0\"?><a/>", "<a x=\"1\" x=\"2\"/>",
            "<a x=\"1\"y=\"2\"/>", "<a>]]></a>", "<a></b>", "<a>", "<a/><b/>", "<a/>text", "<a x=\"<\"/>", "",
            "<?xml encoding=\"UTF-8\"?><a/>", "<?xml version=\"1.0\"?>"})
    void stepsAsideFromAnythingButPlainAsciiXml(String document) {
        assertEquals(Optional.empty(), PlainXml.read(document.getBytes(StandardCharsets.UTF_8), null), document);
    }

    @Test
    void stepsAsideForACharsetThatDoesNotReadAsciiAsAscii() {
        byte[] body = "<a/>".getBytes(StandardCharsets.US_ASCII);

        assertEquals(Optional.empty(), PlainXml.read(body, "UTF-16"));
        assertTrue(PlainXml.read(body, "\"utf-8\"").isPresent());
    }

    @Test
    void stepsAsideBeyondTheNestingLimitSoTheJdkParserRefusesIt() {
        String deep = "<a>".repeat(SecureXml.MAX_DEPTH + 1) + "</a>".repeat(SecureXml.MAX_DEPTH + 1);

        assertEquals(Optional.empty(), PlainXml.read(deep.getBytes(StandardCharsets.US_ASCII), null));
        assertTrue(PlainXml.read(("<a>".repeat(SecureXml.MAX_DEPTH) + "</a>".repeat(SecureXml.MAX_DEPTH))
                .getBytes(StandardCharsets.US_ASCII), null).isPresent());
    }

    /**
     * Thousands of mutations of the plain documents (characters XML gives meaning to, inserted, deleted, swapped):
     * every one the reader accepts, the JDK parser accepts too and reads to the same tree.
     */
    @Test
    void everyMutationItAcceptsTheJdkParserReadsTheSame() {
        Random random = new Random(20);
        String alphabet = "<>&;\"'/=!?- \n\t[]ax:";
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder doc = new StringBuilder(PLAIN.get(random.nextInt(PLAIN.size())));
            for (int m = 1 + random.nextInt(3); m > 0 && doc.length() > 0; m--) {
                int at = random.nextInt(doc.length());
                switch (random.nextInt(3)) {
                    case 0 -> doc.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> doc.deleteCharAt(at);
                    default -> doc.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            byte[] body = doc.toString().getBytes(StandardCharsets.US_ASCII);
            Optional<XmlElement> plain = PlainXml.read(body, null);
            if (plain.isPresent()) {
                accepted++;
                XmlElement jdk;
                try {
                    jdk = SecureXml.parseWithJdk(body, null);
                } catch (XmlParseException e) {
                    throw new AssertionError("accepted what the JDK parser refuses (" + e.getMessage() + "): " + doc,
                            e);
                }
                assertEquals(tree(jdk), tree(plain.get()), doc.toString());
            }
        }
        assertTrue(accepted > 1000, "most single mutations keep a document well-formed; accepted " + accepted);
    }

    /** The whole tree as text: name, line:column, attributes in order, text, children. */
    private static String tree(XmlElement e) {
        List<String> children = new ArrayList<>();
        e.children().forEach(c -> children.add(tree(c)));
        return e.name() + "@" + e.line() + ":" + e.column() + e.attributes() + "[" + e.text() + "]" + children;
    }
}
