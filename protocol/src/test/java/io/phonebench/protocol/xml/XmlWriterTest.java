package io.phonebench.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void escapesTheFivePredefinedEntities() {
        String xml = new XmlWriter().element("Text", "a & b < c > d \" e ' f").toString();

        assertEquals("<Text>a &amp; b &lt; c &gt; d &quot; e &apos; f</Text>", xml);
    }

    @Test
    void carriageReturnsInTextSurviveParsing() {
        String xml = new XmlWriter().element("Name", "one\rtwo\rthree").toString();

        assertEquals("one\rtwo\rthree", SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void whitespaceInAttributesSurvivesParsing() {
        String xml = new XmlWriter().start("E").attribute("v", "a\tb\nc\rd").end("E").toString();

        assertEquals("a\tb\nc\rd", SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).attribute("v").orElseThrow());
    }

    @Test
    void leavesOutNullAttributesAndElements() {
        String xml = new XmlWriter().start("E").attribute("a", null).element("C", null).end("E").toString();

        assertEquals("<E/>", xml);
    }
}
