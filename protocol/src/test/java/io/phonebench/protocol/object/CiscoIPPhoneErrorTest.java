package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CiscoIPPhoneErrorTest {

    @Test
    void authenticationErrorIsExactlyTheBytesPhonesSend() {
        byte[] expected = "<CiscoIPPhoneError Number=\"4\" />".getBytes(StandardCharsets.US_ASCII);

        assertArrayEquals(expected, CiscoIPPhoneError.authentication().toXml().getBytes(StandardCharsets.UTF_8));
        assertEquals(expected.length, CiscoIPPhoneError.authentication().pushBytes());
    }

    @Test
    void phoneAuthenticationBodyParsesToAuthenticationError() {
        CiscoIPPhoneError error = CiscoIPPhoneObjects.parse(
                "<CiscoIPPhoneError Number=\"4\" />".getBytes(StandardCharsets.US_ASCII), "utf-8",
                CiscoIPPhoneError.class);

        assertEquals(CiscoIPPhoneError.authentication(), error);
    }

    @Test
    void errorWithTextKeepsItsMessage() {
        CiscoIPPhoneError error = CiscoIPPhoneObjects.parse(
                "<CiscoIPPhoneError Number=\"3\">Internal file error</CiscoIPPhoneError>", CiscoIPPhoneError.class);

        assertEquals(new CiscoIPPhoneError(CiscoIPPhoneError.INTERNAL_FILE, "Internal file error"), error);
    }
}
