package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtualPhoneExecuteTest {
    private static final String AUTH_ERROR = "<CiscoIPPhoneError Number=\"4\" />";

    private VirtualPhone phone;
    private BenchSideClient bench;

    private void power(String model, String address) throws Exception {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model(model)).address(address)
                .credentials("bench", "s3cret").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(5));
        bench = new BenchSideClient(phone);
    }

    @AfterEach
    void powerDown() throws Exception {
        if (bench != null) {
            bench.close();
        }
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void wrongPasswordGetsAuthenticationErrorByteExact() throws Exception {
        power("CP-7960G", "127.0.1.11");
        BenchSideClient.Answer answer = bench.push(BenchSideClient.text("hi"), "bench", "wrong");
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("text/xml"), answer.contentType());
        assertArrayEquals(AUTH_ERROR.getBytes(StandardCharsets.US_ASCII), answer.body());
    }

    @Test
    void missingCredentialsGetAuthenticationError() throws Exception {
        power("CP-7960G", "127.0.1.11");
        BenchSideClient.Answer answer = bench.push(BenchSideClient.text("hi"), null, null);
        assertEquals(AUTH_ERROR, answer.text());
    }

    @Test
    void executeAnswersOneResponseItemPerUri() throws Exception {
        power("CP-7970G", "127.0.1.12");
        String execute = "<CiscoIPPhoneExecute><ExecuteItem URL=\"Key:Services\"/>"
                + "<ExecuteItem URL=\"Key:Settings\"/></CiscoIPPhoneExecute>";
        BenchSideClient.Answer answer = bench.push(execute, "bench", "s3cret");
        CiscoIPPhoneResponse response = CiscoIPPhoneObjects.parse(answer.body(), null, CiscoIPPhoneResponse.class);
        assertEquals(2, response.responseItems().size(), answer.text());
    }

    @Test
    void refusesObjectOverPushLimitOn79xx() throws Exception {
        power("CP-7960G", "127.0.1.13");
        String big = BenchSideClient.text("x".repeat(600));
        BenchSideClient.Answer answer = bench.push(big, "bench", "s3cret");
        assertEquals("<CiscoIPPhoneError Number=\"" + CiscoIPPhoneError.PARSE + "\" />", answer.text());
        assertTrue(phone.reference().currentObject().isEmpty(), "an oversized object must not reach the display");
    }

    @Test
    void acceptsObjectJustUnder512BytesOn79xx() throws Exception {
        power("CP-7960G", "127.0.1.13");
        String shell = BenchSideClient.text("");
        String fits = BenchSideClient.text("x".repeat(512 - shell.length()));
        assertEquals(512, fits.getBytes(StandardCharsets.UTF_8).length);
        BenchSideClient.Answer answer = bench.push(fits, "bench", "s3cret");
        assertTrue(answer.text().startsWith("<CiscoIPPhoneResponse"), answer.text());
    }

    @Test
    void acceptsFortyKilobytePushOn8861() throws Exception {
        power("CP-8861", "127.0.1.14");
        String shell = "<CiscoIPPhoneText><Title>T</Title><Text></Text></CiscoIPPhoneText>";
        String big = "<CiscoIPPhoneText><Title>T</Title><Text>" + "y".repeat(40 * 1024 - shell.length())
                + "</Text></CiscoIPPhoneText>";
        BenchSideClient.Answer answer = bench.push(big, "bench", "s3cret");
        assertTrue(answer.text().startsWith("<CiscoIPPhoneResponse"), answer.text());
        BenchSideClient.Answer over = bench.push(big.replace("<Title>T", "<Title>TT"), "bench", "s3cret");
        assertEquals("<CiscoIPPhoneError Number=\"1\" />", over.text());
    }

    @Test
    void malformedObjectGetsParseError() throws Exception {
        power("CP-7970G", "127.0.1.15");
        BenchSideClient.Answer answer = bench.push("<CiscoIPPhoneText><Text>open", "bench", "s3cret");
        assertEquals("<CiscoIPPhoneError Number=\"1\" />", answer.text());
    }

    @Test
    void executePathIsCaseSensitive() throws Exception {
        power("CP-7970G", "127.0.1.15");
        BenchSideClient.Answer answer = bench.postForm("/cgi/execute", "XML", BenchSideClient.text("hi"),
                "bench", "s3cret");
        assertEquals(404, answer.status());
    }

    @Test
    void formFieldNameIsCaseSensitive() throws Exception {
        power("CP-7970G", "127.0.1.15");
        BenchSideClient.Answer answer = bench.postForm("/CGI/Execute", "xml", BenchSideClient.text("hi"),
                "bench", "s3cret");
        assertEquals("<CiscoIPPhoneError Number=\"1\" />", answer.text());
        assertTrue(phone.reference().currentObject().isEmpty());
    }

    @Test
    void pushedTextReachesTheReferencePhone() throws Exception {
        power("CP-7970G", "127.0.1.16");
        bench.push(BenchSideClient.text("hello bench"), "bench", "s3cret");
        assertTrue(phone.reference().currentObject().isPresent());
    }

    @Test
    void recordsRequestsWithoutTheirPassword() throws Exception {
        power("CP-7970G", "127.0.1.16");
        bench.push(BenchSideClient.text("hi"), "bench", "s3cret");
        io.phonebench.protocol.exchange.RecordedRequest request = phone.takeRequest(Duration.ofSeconds(2));
        assertEquals("POST", request.method());
        assertEquals("/CGI/Execute", request.target());
        assertTrue(request.bodyText().startsWith("XML="), request.bodyText());
        assertFalse(request.headers().containsKey("authorization"));
        assertTrue(request.header("Content-Type").isPresent());
    }
}
