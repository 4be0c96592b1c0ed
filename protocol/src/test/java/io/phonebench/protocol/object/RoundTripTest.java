package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static List<CiscoIPPhoneObject> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void serialisedObjectParsesBackToAnEqualObject(CiscoIPPhoneObject sample) {
        byte[] wire = sample.toXml().getBytes(StandardCharsets.UTF_8);

        CiscoIPPhoneObject parsed = CiscoIPPhoneObjects.parse(wire, null);

        assertEquals(sample, parsed);
        assertEquals(sample.toXml(), parsed.toXml());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void declaredDocumentParsesBackToAnEqualObject(CiscoIPPhoneObject sample) {
        byte[] wire = sample.toDocument().getBytes(StandardCharsets.UTF_8);

        assertEquals(sample, CiscoIPPhoneObjects.parse(wire, null));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleIsValid(CiscoIPPhoneObject sample) {
        assertEquals(List.of(), Validation.check(sample));
    }

    @Test
    void samplesCoverEveryRootElementOfTheSdk() {
        Set<String> covered = Samples.all().stream().map(CiscoIPPhoneObject::rootName).collect(Collectors.toSet());

        assertEquals(Set.copyOf(CiscoIPPhoneObjects.ROOTS), covered);
    }

    @Test
    void pushBytesCountsUtf8BytesOfTheSerialisedObject() {
        CiscoIPPhoneText text = new CiscoIPPhoneText("\u00e9t\u00e9", null, null);

        assertEquals("<CiscoIPPhoneText><Title>\u00e9t\u00e9</Title></CiscoIPPhoneText>", text.toXml());
        assertEquals(text.toXml().length() + 2, text.pushBytes());
    }

    @Test
    void typedParseReturnsTheRequestedType() {
        CiscoIPPhoneResponse response = CiscoIPPhoneObjects.parse(
                "<CiscoIPPhoneResponse><ResponseItem URL=\"Device:GeneratePRT\" Data=\"Success\" Status=\"0\"/>"
                        + "</CiscoIPPhoneResponse>", CiscoIPPhoneResponse.class);

        assertEquals(List.of(ResponseItem.success("Device:GeneratePRT")), response.responseItems());
        assertTrue(response.allSucceeded());
    }
}
