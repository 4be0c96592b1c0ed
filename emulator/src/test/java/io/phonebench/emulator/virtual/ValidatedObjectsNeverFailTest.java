package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.protocol.object.CheckedDocument;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.ResponseItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * URIs that validate let through and a virtual phone answered with HTTP 500 (an exception inside the emulator).
 * Now both apply the URI rules of the protocol module: validate reports the item with its line and column, and the
 * phone answers that item "Invalid URI", Status 1, as the reference model documents for any URI it cannot run.
 */
@Tag("reliability")
class ValidatedObjectsNeverFailTest {
    private static VirtualPhone phone;
    private static BenchSideClient bench;

    @BeforeAll
    static void power() {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-8861")).address("127.0.1.91")
                .credentials("bench", "s3cret").bootTime(Duration.ZERO).build();
        phone.start();
        phone.awaitReady(Duration.ofSeconds(5));
        bench = new BenchSideClient(phone);
    }

    @AfterAll
    static void off() throws Exception {
        bench.close();
        phone.close();
    }

    private static String execute(String url) {
        return "<CiscoIPPhoneExecute>\n<ExecuteItem URL=\"" + url + "\"/></CiscoIPPhoneExecute>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"RTPRx:224.1.1.1:20480", "RTPTx:224.1.1.1:20480", "RTPRx:239.0.0.9",
            "http://127.0.0.1:99999/x", "http://[::1]:99999/", "http://h:65536/", "http://%00/", "http://a%00b/",
            "http://127.0.0.1:-1/x"})
    void invalidUriIsAProblemForValidateAndStatusOneForThePhone(String url) throws Exception {
        byte[] xml = execute(url).getBytes(StandardCharsets.UTF_8);

        CheckedDocument checked = CiscoIPPhoneObjects.checkAsAuthored(xml, null);
        BenchSideClient.Answer answer = bench.push(execute(url), "bench", "s3cret");

        assertFalse(checked.valid(), url);
        assertEquals(2, checked.problems().get(0).line(), checked.problems().toString());
        assertTrue(checked.problems().get(0).message().contains("invalid URI '" + url + "'"),
                checked.problems().toString());
        assertEquals(200, answer.status(), answer.text());
        ResponseItem item = CiscoIPPhoneObjects.parse(answer.body(), null, CiscoIPPhoneResponse.class)
                .responseItems().get(0);
        assertEquals(1, item.status(), answer.text());
        assertEquals("Invalid URI", item.data());
    }

    @ParameterizedTest
    @ValueSource(strings = {"RTPMRx:239.1.1.1:20480", "RTPMTx:239.1.1.1:20480", "RTPTx:10.0.0.9:20480"})
    void validStreamUrisStayValid(String url) {
        CheckedDocument checked = CiscoIPPhoneObjects.checkAsAuthored(execute(url).getBytes(StandardCharsets.UTF_8),
                null);
        assertTrue(checked.valid(), checked.problems().toString());
    }

    @Test
    void imageFileWithAnUnusableUrlIsNoServerError() throws Exception {
        String image = "<CiscoIPPhoneImageFile><URL>http://%00/x.png</URL></CiscoIPPhoneImageFile>";
        BenchSideClient.Answer answer = bench.push(image, "bench", "s3cret");
        assertEquals(200, answer.status(), answer.text());
    }

    @Test
    void selectingAMenuItemWithAnUnusableUriIsNoServerError() throws Exception {
        String menu = "<CiscoIPPhoneMenu><MenuItem><Name>Stream</Name><URL>RTPRx:224.1.1.1:20480</URL></MenuItem>"
                + "</CiscoIPPhoneMenu>";
        assertEquals(200, bench.push(menu, "bench", "s3cret").status());

        BenchSideClient.Answer answer = bench.push(execute("Key:NavSelect"), "bench", "s3cret");

        assertEquals(200, answer.status(), answer.text());
        assertTrue(answer.text().startsWith("<CiscoIPPhoneResponse>"), answer.text());
    }
}
