package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents written by hand or by other tools that a phone accepts, and so must we. */
class LenientInputTest {

    @Test
    void acceptsIndentedDocumentWithDeclarationAndComments() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- written by hand -->
                <CiscoIPPhoneMenu>
                  <Title>Services</Title>
                  <MenuItem>
                    <Name>Weather</Name>
                    <URL>
                      http://svc.example/weather
                    </URL>
                  </MenuItem>
                  <SoftKeyItem>
                    <Name>Exit</Name>
                    <URL>SoftKey:Exit</URL>
                    <Position> 3 </Position>
                  </SoftKeyItem>
                </CiscoIPPhoneMenu>
                """;

        CiscoIPPhoneMenu menu = CiscoIPPhoneObjects.parse(xml.getBytes(StandardCharsets.UTF_8), null,
                CiscoIPPhoneMenu.class);

        assertEquals(new CiscoIPPhoneMenu("Services", null, List.of(new MenuItem("Weather",
                "http://svc.example/weather"))).withSoftKeys(List.of(Samples.EXIT)), menu);
    }

    @Test
    void acceptsAttributesInAnyOrder() {
        CiscoIPPhoneExecute a = CiscoIPPhoneObjects.parse(
                "<CiscoIPPhoneExecute><ExecuteItem Priority='1' URL='http://x/y'/></CiscoIPPhoneExecute>",
                CiscoIPPhoneExecute.class);
        CiscoIPPhoneExecute b = CiscoIPPhoneObjects.parse(
                "<CiscoIPPhoneExecute><ExecuteItem URL=\"http://x/y\" Priority=\"1\" /></CiscoIPPhoneExecute>",
                CiscoIPPhoneExecute.class);

        assertEquals(a, b);
        assertEquals(CiscoIPPhoneExecute.of(new ExecuteItem("http://x/y", ExecuteItem.EXECUTE_WHEN_IDLE)), a);
    }

    @Test
    void acceptsChildrenOutOfTheSdkOrder() {
        CiscoIPPhoneText text = CiscoIPPhoneObjects.parse(
                "<CiscoIPPhoneText><Text>body</Text><Prompt>p</Prompt><Title>t</Title></CiscoIPPhoneText>",
                CiscoIPPhoneText.class);

        assertEquals(new CiscoIPPhoneText("t", "p", "body"), text);
    }

    @Test
    void acceptsCiscosOwnResponseExample() {
        CiscoIPPhoneResponse response = CiscoIPPhoneObjects.parse("<CiscoIPPhoneResponse><ResponseItem"
                + " URL=\"Device:GeneratePRT\" Data=\"Success\" Status=\"0\"/></CiscoIPPhoneResponse>",
                CiscoIPPhoneResponse.class);

        assertEquals("<CiscoIPPhoneResponse><ResponseItem URL=\"Device:GeneratePRT\" Data=\"Success\" Status=\"0\"/>"
                + "</CiscoIPPhoneResponse>", response.toXml());
    }

    @Test
    void keepsEmptyPromptApartFromAbsentPrompt() {
        CiscoIPPhoneText empty = CiscoIPPhoneObjects.parse("<CiscoIPPhoneText><Prompt/></CiscoIPPhoneText>",
                CiscoIPPhoneText.class);
        CiscoIPPhoneText absent = CiscoIPPhoneObjects.parse("<CiscoIPPhoneText/>", CiscoIPPhoneText.class);

        assertEquals("", empty.prompt());
        assertEquals(null, absent.prompt());
    }
}
