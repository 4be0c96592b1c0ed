package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The encoding rules of docs/http-interface-reference.md §2.2: Content-Type charset first, then the declaration, then UTF-8. */
class CharsetTest {
    private static final String CAFE = "Caf\u00e9 \u00e0 Z\u00fcrich";

    @Test
    void readsIso88591AsDeclared() {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<CiscoIPPhoneText><Title>" + CAFE
                + "</Title></CiscoIPPhoneText>").getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(CAFE, CiscoIPPhoneObjects.parse(body, null, CiscoIPPhoneText.class).title());
    }

    @Test
    void contentTypeCharsetOverridesTheDeclaration() {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><CiscoIPPhoneText><Title>" + CAFE
                + "</Title></CiscoIPPhoneText>").getBytes(StandardCharsets.UTF_8);

        assertEquals(CAFE, CiscoIPPhoneObjects.parse(body, "utf-8", CiscoIPPhoneText.class).title());
    }

    @Test
    void contentTypeIso88591OverridesAUtf8Declaration() {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><CiscoIPPhoneText><Title>" + CAFE
                + "</Title></CiscoIPPhoneText>").getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(CAFE, CiscoIPPhoneObjects.parse(body, "\"ISO-8859-1\"", CiscoIPPhoneText.class).title());
    }

    @Test
    void undeclaredDocumentIsReadAsUtf8() {
        byte[] body = ("<CiscoIPPhoneText><Title>" + CAFE + "</Title></CiscoIPPhoneText>")
                .getBytes(StandardCharsets.UTF_8);

        assertEquals(CAFE, CiscoIPPhoneObjects.parse(body, null, CiscoIPPhoneText.class).title());
    }
}
