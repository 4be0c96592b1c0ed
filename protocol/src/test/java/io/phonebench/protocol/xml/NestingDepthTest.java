package io.phonebench.protocol.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.object.CheckedDocument;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Documents nested 100,000 deep used to overflow the stack of the recursive readers (StackOverflowError, an HTTP
 * 500 on a virtual phone). The parser refuses them at the element that goes too deep, with its line and column.
 */
@Tag("reliability")
class NestingDepthTest {
    private static String nested(String name, int depth) {
        return ("<" + name + ">").repeat(depth) + ("</" + name + ">").repeat(depth);
    }

    @Test
    void objectNestedInsideInputFlagsIsAProblemAtLineAndColumn() {
        String xml = "<CiscoIPPhoneInput>\n<InputItem><InputFlags>" + nested("A", 100_000)
                + "</InputFlags></InputItem></CiscoIPPhoneInput>";

        CheckedDocument checked = CiscoIPPhoneObjects.check(xml.getBytes(StandardCharsets.UTF_8), null);

        assertFalse(checked.valid());
        XmlProblem problem = checked.problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("element <A> nested deeper than " + SecureXml.MAX_DEPTH + " levels"),
                problem.toString());
    }

    @Test
    void deviceLogNestedDeepIsAParseError() {
        byte[] body = ("<DeviceLog>" + nested("log", 100_000) + "</DeviceLog>").getBytes(StandardCharsets.UTF_8);

        XmlParseException e = assertThrows(XmlParseException.class, () -> DeviceLog.parse(body, null));

        assertTrue(e.getMessage().contains("nested deeper than " + SecureXml.MAX_DEPTH), e.getMessage());
    }

    @Test
    void nestingUpToTheLimitParses() {
        XmlElement root = SecureXml.parse(nested("A", SecureXml.MAX_DEPTH).getBytes(StandardCharsets.UTF_8));
        assertEquals("A", root.name());
    }
}
