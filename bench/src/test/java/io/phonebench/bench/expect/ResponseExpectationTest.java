package io.phonebench.bench.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.phone.Pushed;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.ResponseItem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseExpectationTest {
    private static final CiscoIPPhoneExecute TWO_KEYS = new CiscoIPPhoneExecute(List.of(
            new ExecuteItem("Key:KeyPad4"), new ExecuteItem("Key:KeyPad2")));

    @Test
    void itemsInCompletionOrderOtherThanTheReferencePass() {
        Verdict v = judge(List.of(ResponseItem.success("Key:KeyPad2"), ResponseItem.success("Key:KeyPad4")),
                List.of(ResponseItem.success("Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")));

        assertTrue(v.passed(), v.summary());
    }

    @Test
    void documentedDataIsComparedExactly() {
        Verdict v = judge(List.of(ResponseItem.success("Key:KeyPad4"), new ResponseItem(6, "URI not found",
                "Key:KeyPad2")), List.of(ResponseItem.success("Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")));

        assertFalse(v.passed());
        assertTrue(v.summary().contains("'Key:KeyPad2': expected Status=0 Data=Success, the phone sent [Status=6 Data"
                + "=URI not found]"), v.summary());
    }

    @Test
    void undocumentedErrorTextPassesWithAnyTextAndAnyErrorStatus() {
        Verdict v = judge(List.of(new ResponseItem(1, "Item dropped", "Key:KeyPad4"),
                        ResponseItem.success("Key:KeyPad2")),
                List.of(new ResponseItem(6, "Phone not idle", "Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")));

        assertTrue(v.passed(), v.summary());
        assertEquals(List.of("push exchange"), v.evidence().stream().map(Evidence::name).toList());
        String exchange = new String(v.evidence().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(exchange.contains("pushed object:\n<CiscoIPPhoneExecute>"), exchange);
        assertTrue(exchange.contains("expected response (reference model):\n<CiscoIPPhoneResponse>"), exchange);
        assertTrue(exchange.contains("actual response (phone):\n<CiscoIPPhoneResponse>"), exchange);
        assertTrue(exchange.contains("Data=\"Item dropped\""), "the phone's own text: " + exchange);
        assertTrue(exchange.contains("latitude allowed:\n") && exchange.contains("Cisco documents no text"), exchange);
    }

    @Test
    void failureKeepsEachObjectAsItsOwnAttachment() {
        Verdict v = judge(List.of(ResponseItem.success("Key:KeyPad4")),
                List.of(ResponseItem.success("Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")));

        assertFalse(v.passed());
        assertEquals(List.of("pushed object", "expected response", "actual response", "latitude allowed"),
                v.evidence().stream().map(Evidence::name).toList());
        assertEquals("text/xml", v.evidence().get(2).mediaType());
    }

    @Test
    void undocumentedErrorStillMustBeAnError() {
        Verdict v = judge(List.of(ResponseItem.success("Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")),
                List.of(new ResponseItem(6, "Phone not idle", "Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")));

        assertFalse(v.passed());
    }

    @Test
    void missingAndExtraItemsFail() {
        Verdict missing = judge(List.of(ResponseItem.success("Key:KeyPad4")),
                List.of(ResponseItem.success("Key:KeyPad4"), ResponseItem.success("Key:KeyPad2")));
        Verdict extra = judge(List.of(ResponseItem.success("Key:KeyPad4"), ResponseItem.success("Key:KeyPad2"),
                ResponseItem.success("Key:KeyPad9")), List.of(ResponseItem.success("Key:KeyPad4"),
                ResponseItem.success("Key:KeyPad2")));

        assertTrue(missing.summary().contains("expected a ResponseItem for URL 'Key:KeyPad2'"), missing.summary());
        assertTrue(extra.summary().contains("'Key:KeyPad9'"), extra.summary());
    }

    private static Verdict judge(List<ResponseItem> actual, List<ResponseItem> expected) {
        return ResponseExpectation.judge(new Pushed(TWO_KEYS, new CiscoIPPhoneResponse(actual),
                new CiscoIPPhoneResponse(expected)));
    }
}
