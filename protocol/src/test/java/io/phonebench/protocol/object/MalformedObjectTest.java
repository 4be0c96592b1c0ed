package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.protocol.xml.XmlParseException;
import io.phonebench.protocol.xml.XmlProblem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each kind of document a phone refuses, and where the complaint points: at the {@code <} of the element's start
 * tag, so {@code <MenuItem>} at the start of a line is reported at column 1.
 */
class MalformedObjectTest {

    private static XmlProblem parseFailure(String xml) {
        XmlParseException e = assertThrows(XmlParseException.class,
                () -> CiscoIPPhoneObjects.parse(xml.getBytes(StandardCharsets.UTF_8), null));
        return e.problem();
    }

    private static XmlProblem onlyProblem(String xml) {
        CheckedDocument checked = CiscoIPPhoneObjects.check(xml.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, checked.problems().size(), () -> "problems: " + checked.problems());
        return checked.problems().get(0);
    }

    private static void assertAt(int line, int column, XmlProblem problem) {
        assertEquals(line + ":" + column, problem.line() + ":" + problem.column(), problem::toString);
    }

    @Test
    void refusesTextThatIsNotXml() {
        XmlProblem p = parseFailure("Hello phone");

        assertAt(1, 1, p);
    }

    @Test
    void refusesUnclosedElementAtTheLineWhereTheDocumentEnds() {
        XmlProblem p = parseFailure("<CiscoIPPhoneText>\n<Title>Hi</Title>\n");

        assertEquals(3, p.line(), p::toString);
    }

    @Test
    void refusesUnknownRootNamingTheExpectedObjects() {
        XmlProblem p = parseFailure("<?xml version=\"1.0\"?>\n<CiscoIPPhoneMenus>\n</CiscoIPPhoneMenus>");

        assertAt(2, 1, p);
        assertTrue(p.message().contains("unknown root element <CiscoIPPhoneMenus>"), p::toString);
        assertTrue(p.message().contains("CiscoIPPhoneMenu"), p::toString);
    }

    @Test
    void refusesRootInTheWrongCaseAndSaysHowToSpellIt() {
        XmlProblem p = parseFailure("<ciscoipphonetext/>");

        assertTrue(p.message().contains("write CiscoIPPhoneText"), p::toString);
    }

    @Test
    void refusesInputWithoutTheUrlItSendsTo() {
        XmlProblem p = parseFailure("<CiscoIPPhoneInput>\n  <Title>Search</Title>\n</CiscoIPPhoneInput>");

        assertAt(1, 1, p);
        assertTrue(p.message().contains("missing <URL> in CiscoIPPhoneInput"), p::toString);
    }

    @Test
    void refusesExecuteItemWithoutUrl() {
        XmlProblem p = parseFailure("<CiscoIPPhoneExecute>\n<ExecuteItem Priority=\"0\"/>\n</CiscoIPPhoneExecute>");

        assertAt(2, 1, p);
        assertTrue(p.message().contains("missing attribute URL on ExecuteItem"), p::toString);
    }

    @Test
    void refusesUnknownChildElementNamingWhatIsAllowed() {
        XmlProblem p = parseFailure("<CiscoIPPhoneText>\n<Title>T</Title>\n<Body>x</Body>\n</CiscoIPPhoneText>");

        assertAt(3, 1, p);
        assertEquals("unknown element <Body> in CiscoIPPhoneText: expected one of Title, Prompt, Text, SoftKeyItem",
                p.message());
    }

    @Test
    void refusesMarkupInsideATitle() {
        XmlProblem p = parseFailure("<CiscoIPPhoneText>\n<Title>Big <b>news</b></Title></CiscoIPPhoneText>");

        assertAt(2, 12, p);
        assertEquals("unknown element <b> in Title: expected text only", p.message());
    }

    @Test
    void refusesSoftKeyItemsWrapperWhichPhonesDoNotSupport() {
        XmlProblem p = parseFailure("<CiscoIPPhoneText><SoftKeyItems/></CiscoIPPhoneText>");

        assertTrue(p.message().startsWith("unknown element <SoftKeyItems>"), p::toString);
    }

    @Test
    void refusesSoftKeysOnStatus() {
        XmlProblem p = parseFailure("<CiscoIPPhoneStatus>\n<SoftKeyItem><Name>x</Name><Position>1</Position>"
                + "</SoftKeyItem>\n</CiscoIPPhoneStatus>");

        assertAt(2, 1, p);
    }

    @Test
    void refusesAttributeWithTheDocumentationsMisspelling() {
        XmlProblem p = parseFailure("<CiscoIPPhoneText appID=\"a/b\"><Text>x</Text></CiscoIPPhoneText>");

        assertTrue(p.message().contains("unknown attribute appID on CiscoIPPhoneText"), p::toString);
        assertTrue(p.message().contains("write appId"), p::toString);
    }

    @Test
    void refusesDuplicateTitle() {
        XmlProblem p = parseFailure("<CiscoIPPhoneMenu><Title>a</Title>\n<Title>b</Title></CiscoIPPhoneMenu>");

        assertAt(2, 1, p);
        assertTrue(p.message().contains("<Title> appears twice"), p::toString);
    }

    @Test
    void refusesNonNumericPosition() {
        XmlProblem p = parseFailure("<CiscoIPPhoneMenu>\n<SoftKeyItem>\n<Name>Exit</Name>\n<Position>one</Position>\n"
                + "</SoftKeyItem>\n</CiscoIPPhoneMenu>");

        assertAt(4, 1, p);
        assertEquals("<Position> in SoftKeyItem: expected an integer, saw 'one'", p.message());
    }

    @Test
    void refusesNonNumericPriority() {
        XmlProblem p = parseFailure("<CiscoIPPhoneExecute><ExecuteItem URL=\"http://x/y\" Priority=\"high\"/>"
                + "</CiscoIPPhoneExecute>");

        assertAt(1, 22, p);
        assertEquals("attribute Priority of ExecuteItem: expected an integer, saw 'high'", p.message());
    }

    @Test
    void reportsPriorityOutsideZeroToTwoAtItsExecuteItem() {
        XmlProblem p = onlyProblem("<CiscoIPPhoneExecute>\n<ExecuteItem URL=\"Key:Services\"/>\n"
                + "<ExecuteItem URL=\"http://x/y\" Priority=\"3\"/>\n</CiscoIPPhoneExecute>");

        assertAt(3, 1, p);
        assertTrue(p.message().startsWith("CiscoIPPhoneExecute/ExecuteItem[2]: Priority=\"3\": expected 0"),
                p::toString);
    }

    @Test
    void reportsTheFirstMenuItemOverTheLimitOfOneHundred() {
        StringBuilder xml = new StringBuilder("<CiscoIPPhoneMenu>\n");
        for (int i = 1; i <= 101; i++) {
            xml.append("<MenuItem><Name>").append(i).append("</Name><URL>Key:Services</URL></MenuItem>\n");
        }
        XmlProblem p = onlyProblem(xml.append("</CiscoIPPhoneMenu>").toString());

        assertAt(102, 1, p);
        assertEquals("CiscoIPPhoneMenu/MenuItem[101]: CiscoIPPhoneMenu has 101 MenuItem elements: at most 100 allowed",
                p.message());
    }

    @Test
    void reportsImageDataShorterThanItsGeometryAtTheDataElement() {
        XmlProblem p = onlyProblem("<CiscoIPPhoneImage>\n<LocationX>-1</LocationX><LocationY>-1</LocationY>\n"
                + "<Width>8</Width><Height>2</Height><Depth>2</Depth>\n<Data>2D2D2D</Data>\n</CiscoIPPhoneImage>");

        assertAt(4, 1, p);
        assertEquals("CiscoIPPhoneImage/Data: Data has 6 hex digits: expected 8 for 8x2 pixels at depth 2"
                + " (4 pixels per byte, tail padded with 0-pixels)", p.message());
    }

    @Test
    void refusesImageWithoutData() {
        XmlProblem p = parseFailure("<CiscoIPPhoneImage><Width>4</Width><Height>1</Height><Depth>2</Depth>"
                + "</CiscoIPPhoneImage>");

        assertTrue(p.message().contains("missing <Data> in CiscoIPPhoneImage"), p::toString);
    }

    @Test
    void refusesUnknownInputFlags() {
        XmlProblem p = parseFailure("<CiscoIPPhoneInput><URL>http://x/</URL><InputItem>\n<QueryStringParam>q"
                + "</QueryStringParam>\n<InputFlags>X</InputFlags></InputItem></CiscoIPPhoneInput>");

        assertAt(3, 1, p);
        assertTrue(p.message().contains("expected one of A, T, N, E, U, L, optionally followed by P"), p::toString);
    }

    @Test
    void refusesTypedParseOfAnotherObject() {
        XmlParseException e = assertThrows(XmlParseException.class,
                () -> CiscoIPPhoneObjects.parse("<CiscoIPPhoneText/>", CiscoIPPhoneResponse.class));

        assertEquals("expected CiscoIPPhoneResponse, saw CiscoIPPhoneText", e.problem().message());
    }

    @Test
    void checkOfMalformedDocumentHasNoObjectAndOneProblem() {
        CheckedDocument checked = CiscoIPPhoneObjects.check("<CiscoIPPhoneText>".getBytes(StandardCharsets.UTF_8),
                null);

        assertNull(checked.object());
        assertEquals(1, checked.problems().size());
    }
}
