package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.ExecuteItem;
import io.phonebench.protocol.object.ResponseItem;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecuteTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices()
            .xml("/page", TestServices.text("P", "p")).xml("/other", TestServices.text("O", "o"));
    private final ReferencePhone phone = Phones.phone("CP-7970G", clock);

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void priorityZeroFetchesImmediatelyAndAnswersSuccess() {
        CiscoIPPhoneResponse r = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url("/page"), 0)));
        assertEquals(List.of(ResponseItem.success(url("/page"))), r.responseItems());
        assertEquals(1, services.hits("/page"));
    }

    @Test
    void priorityOneWaitsUntilThePhoneIsIdle() {
        phone.push(new CiscoIPPhoneText("Busy", null, "a service page is shown"));
        CiscoIPPhoneResponse r = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url("/page"), 1)));
        assertEquals(0, r.responseItems().get(0).status());
        assertEquals(0, services.hits("/page"));
        assertEquals(List.of(url("/page")), phone.pendingWhenIdle());

        phone.press("Init:Services");

        assertEquals(1, services.hits("/page"));
        assertEquals(List.of(), phone.pendingWhenIdle());
    }

    @Test
    void priorityTwoRunsOnlyIfIdleNowOtherwiseIsDropped() {
        CiscoIPPhoneResponse idle = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url("/page"), 2)));
        assertEquals(0, idle.responseItems().get(0).status());
        CiscoIPPhoneResponse busy = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem(url("/other"), 2)));
        assertEquals(6, busy.responseItems().get(0).status());
        assertEquals(0, services.hits("/other"));
        phone.press("Init:Services");
        assertEquals(0, services.hits("/other"));
    }

    @Test
    void reversedOrderFirmwareRunsItemsLastToFirstAndAnswersInCompletionOrder() {
        ReferencePhone reversed = Phones.phone("CP-7970G", clock, Deviation.REVERSED_EXECUTE_ORDER);
        CiscoIPPhoneResponse r = reversed.push(new CiscoIPPhoneExecute(List.of(new ExecuteItem("Key:KeyPad4"),
                new ExecuteItem(url("/page")))));

        assertEquals(List.of(url("/page"), "Key:KeyPad4"), r.responseItems().stream().map(ResponseItem::url).toList());
        assertEquals(1, services.hits("/page"));
    }

    @Test
    void otherErrorTextsFirmwareWordsTheUndocumentedAnswersItsOwnWay() {
        ReferencePhone other = Phones.phone("CP-7970G", clock, Deviation.OTHER_ERROR_TEXTS);
        other.push(new CiscoIPPhoneText("Busy", null, "a service page is shown"));
        CiscoIPPhoneResponse busy = other.push(CiscoIPPhoneExecute.of(new ExecuteItem(url("/other"), 2)));

        assertEquals(new ResponseItem(6, ExecuteRunner.NOT_IDLE_OTHER, url("/other")), busy.responseItems().get(0));
    }

    @Test
    void internalUrisRunImmediatelyWhateverThePriority() {
        phone.push(new CiscoIPPhoneText("Busy", null, "x"));
        CiscoIPPhoneResponse r = phone.push(CiscoIPPhoneExecute.of(new ExecuteItem("Dial:1234", 2)));
        assertEquals(ResponseItem.success("Dial:1234"), r.responseItems().get(0));
        assertEquals("1234", phone.dialEvents().get(0).digits());
    }

    @Test
    void answersOneResponseItemPerItemAndRefusesOverTheLimits() {
        CiscoIPPhoneResponse r = phone.push(new CiscoIPPhoneExecute(List.of(new ExecuteItem(url("/page")),
                new ExecuteItem(url("/other")), new ExecuteItem("Key:Services"), new ExecuteItem("Dial:1"))));
        assertEquals(List.of(0, 1, 0, 1), r.responseItems().stream().map(ResponseItem::status).toList());
        assertEquals(0, services.hits("/other"));
        assertTrue(phone.dialEvents().isEmpty());
    }

    @Test
    void answersInvalidAndUnsupportedUrisAsTheSdkDocuments() {
        CiscoIPPhoneResponse r = phone.push(new CiscoIPPhoneExecute(List.of(new ExecuteItem("Key:NoSuchKey"),
                new ExecuteItem("SoftKey:Exit"), new ExecuteItem("Display:On"))));
        assertEquals(List.of(new ResponseItem(1, "Invalid URI", "Key:NoSuchKey"),
                new ResponseItem(6, "URI not found", "SoftKey:Exit"),
                new ResponseItem(6, "URI not found", "Display:On")), r.responseItems());
    }

    @Test
    void uriHandlerTakesTheUrisThePhoneDoesNotActOnItself() {
        ReferencePhone wired = ReferencePhone.builder(Phones.model("CP-7970G")).clock(clock)
                .uriHandler(uri -> java.util.Optional.of(ResponseItem.success(uri.format()))).build();
        CiscoIPPhoneResponse r = wired.push(CiscoIPPhoneExecute.of(new ExecuteItem("Display:On")));
        assertEquals(0, r.responseItems().get(0).status());
    }

    private String url(String path) {
        return services.url(path).toString();
    }
}
