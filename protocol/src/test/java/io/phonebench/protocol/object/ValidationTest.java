package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK limits, each reported with the element it concerns. */
class ValidationTest {

    private static List<String> problems(CiscoIPPhoneObject object) {
        return Validation.check(object).stream().map(ObjectProblem::toString).toList();
    }

    @Test
    void acceptsExactlyOneHundredMenuItems() {
        List<MenuItem> items = Collections.nCopies(100, new MenuItem("x", "Key:Services"));

        assertEquals(List.of(), problems(new CiscoIPPhoneMenu("t", null, items)));
    }

    @Test
    void refusesMenuItemNameOverSixtyFourCharacters() {
        CiscoIPPhoneMenu menu = new CiscoIPPhoneMenu("t", null, List.of(new MenuItem("n".repeat(65), "Key:Services")));

        assertEquals(List.of("CiscoIPPhoneMenu/MenuItem[1]/Name: Name has 65 characters: at most 64 allowed"),
                problems(menu));
    }

    @Test
    void refusesSixInputItems() {
        List<InputItem> items = Collections.nCopies(6, new InputItem("Name", "n", null, InputFlags.of('A')));

        assertEquals(List.of("CiscoIPPhoneInput/InputItem[6]: CiscoIPPhoneInput has 6 InputItem elements: at most 5"
                + " allowed"), problems(new CiscoIPPhoneInput("t", null, "http://x/", items)));
    }

    @Test
    void refusesThirtyThreeDirectoryEntries() {
        List<DirectoryEntry> entries = Collections.nCopies(33, new DirectoryEntry("n", "1000"));

        assertEquals(List.of("CiscoIPPhoneDirectory/DirectoryEntry[33]: CiscoIPPhoneDirectory has 33 DirectoryEntry"
                + " elements: at most 32 allowed"), problems(new CiscoIPPhoneDirectory("t", null, entries)));
    }

    @Test
    void refusesThirteenGraphicMenuItems() {
        List<MenuItem> items = Collections.nCopies(13, new MenuItem("x", "http://x/"));
        CiscoIPPhoneGraphicMenu menu = new CiscoIPPhoneGraphicMenu("t", null, 0, 0, Samples.FOUR_PIXELS, items);

        assertEquals(1, problems(menu).size(), problems(menu)::toString);
    }

    @Test
    void refusesThirtyThreeSoftKeysAndPositionsOutsideTheKeys() {
        List<SoftKeyItem> keys = new ArrayList<>(Collections.nCopies(32, Samples.EXIT));
        keys.add(new SoftKeyItem("Far", "Key:Services", 17));
        keys.add(new SoftKeyItem("Zero", "Key:Services", 0));
        keys.add(new SoftKeyItem("Apps", "Key:Services", -1));

        assertEquals(List.of(
                "CiscoIPPhoneText/SoftKeyItem[33]: CiscoIPPhoneText has 35 SoftKeyItem elements: at most 32 allowed",
                "CiscoIPPhoneText/SoftKeyItem[33]/Position: Position 17: expected 1..16 or -1 (Applications button)",
                "CiscoIPPhoneText/SoftKeyItem[34]/Position: Position 0: expected 1..16 or -1 (Applications button)"),
                problems(new CiscoIPPhoneText("t", null, "x").withSoftKeys(keys)));
    }

    @Test
    void refusesHttpOnSoftKeyPress() {
        CiscoIPPhoneText text = new CiscoIPPhoneText("t", null, "x")
                .withSoftKeys(List.of(new SoftKeyItem("Go", "Key:Services", "http://x/down", 1)));

        assertEquals(List.of("CiscoIPPhoneText/SoftKeyItem[1]/URLDown: URLDown 'http://x/down': expected an internal"
                + " URI; the phone runs no HTTP on key press"), problems(text));
    }

    @Test
    void acceptsOneHttpUrlAndTwoUris() {
        CiscoIPPhoneExecute execute = CiscoIPPhoneExecute.of(new ExecuteItem("http://x/a", 2),
                new ExecuteItem("Key:Services"), new ExecuteItem("RTPRx:Stop", 0));

        assertEquals(List.of(), problems(execute));
    }

    @Test
    void refusesFourExecuteItems() {
        CiscoIPPhoneExecute execute = CiscoIPPhoneExecute.of(new ExecuteItem("Key:Soft1"), new ExecuteItem("Key:Soft2"),
                new ExecuteItem("Key:Soft3"), new ExecuteItem("Key:Soft4"));

        assertEquals(List.of("CiscoIPPhoneExecute/ExecuteItem[4]: CiscoIPPhoneExecute has 4 ExecuteItem elements:"
                + " at most 3 allowed"), problems(execute));
    }

    @Test
    void refusesEmptyExecute() {
        assertEquals(List.of("CiscoIPPhoneExecute: no ExecuteItem: expected 1 to 3"),
                problems(new CiscoIPPhoneExecute(List.of())));
    }

    @Test
    void acceptsWhenIdlePriorityOnAnInternalUriWhichRunsAtOnce() {
        // Cisco: Priority is only used for HTTP URLs; internal URIs always execute immediately
        CiscoIPPhoneExecute execute = CiscoIPPhoneExecute.of(new ExecuteItem("Key:Services", 1));

        assertEquals(List.of(), problems(execute));
        assertEquals(ExecuteItem.EXECUTE_IMMEDIATELY, execute.executeItems().get(0).effectivePriority());
    }

    @Test
    void refusesNotifyInExecute() {
        CiscoIPPhoneExecute execute = CiscoIPPhoneExecute.of(new ExecuteItem("Notify:http:host:80:path"));

        assertEquals(List.of("CiscoIPPhoneExecute/ExecuteItem[1]: 'Notify:http:host:80:path': Notify URIs are not"
                + " allowed in CiscoIPPhoneExecute"), problems(execute));
    }

    @Test
    void refusesDuplicateIconIndexAndOversizedIcon() {
        CipBitmap big = CipBitmap.pack(17, 1, 2, new int[17]);
        CiscoIPPhoneIconMenu menu = new CiscoIPPhoneIconMenu("t", null,
                List.of(MenuItem.withIcon(0, "a", "http://x/")),
                List.of(IconItem.bitmap(0, Samples.FOUR_PIXELS), IconItem.bitmap(0, big)));

        assertEquals(List.of(
                "CiscoIPPhoneIconMenu/IconItem[2]/Index: Index 0 is used by an earlier IconItem: expected unique indexes",
                "CiscoIPPhoneIconMenu/IconItem[2]: icon is 17x1: at most 16x10 pixels"), problems(menu));
    }

    @Test
    void refusesDepthThreeCipImage() {
        CiscoIPPhoneImage image = new CiscoIPPhoneImage("t", null, 0, 0, new CipBitmap(4, 1, 3, "2D"));

        assertEquals(List.of("CiscoIPPhoneImage/Depth: Depth 3: expected 1 (black and white) or 2 (4 grey levels)"),
                problems(image));
    }

    @Test
    void refusesHttpInOnAppClosedAndPriorityZeroAppUriInHandlers() {
        AppEventHandlers events = new AppEventHandlers("a/b", "App:RequestFocus:0:60:a/b", null, null,
                "RTPRx:Stop; http://x/closed");
        CiscoIPPhoneText text = new CiscoIPPhoneText("t", null, "x", List.of(), events);

        assertEquals(List.of(
                "CiscoIPPhoneText: onAppFocusLost has 'App:RequestFocus:0:60:a/b': an App URI with priority 0 is not"
                        + " allowed in a handler",
                "CiscoIPPhoneText: onAppClosed has 'http://x/closed': expected internal URIs only, no HTTP(S) URL"),
                problems(text));
    }

    @Test
    void refusesErrorNumbersOutsideTheFourCodes() {
        assertEquals(1, problems(new CiscoIPPhoneError(7)).size());
    }

    @Test
    void refusesMultiLineStatusText() {
        CiscoIPPhoneStatus status = new CiscoIPPhoneStatus("one\ntwo", null, 0, 0, Samples.FOUR_PIXELS);

        assertEquals(List.of("CiscoIPPhoneStatus/Text: Text has a line break: the status window shows a single line"),
                problems(status));
    }

    @Test
    void pushLimitsAreThoseOfTheTwoFirmwareGenerations() {
        CiscoIPPhoneText text = new CiscoIPPhoneText(null, null, "x".repeat(600));

        assertEquals(false, PushLimit.fits(text, PushLimit.CLASSIC_BYTES));
        assertEquals(true, PushLimit.fits(text, PushLimit.CURRENT_BYTES));
        assertEquals(40960, PushLimit.CURRENT_BYTES);
    }
}
