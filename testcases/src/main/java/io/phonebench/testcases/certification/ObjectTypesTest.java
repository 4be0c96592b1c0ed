package io.phonebench.testcases.certification;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ResponseExpectation;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.phone.Pushed;
import io.phonebench.protocol.object.CipBitmap;
import io.phonebench.protocol.object.CiscoIPPhoneDirectory;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconMenu;
import io.phonebench.protocol.object.CiscoIPPhoneImage;
import io.phonebench.protocol.object.CiscoIPPhoneInput;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.DirectoryEntry;
import io.phonebench.protocol.object.IconItem;
import io.phonebench.protocol.object.InputFlags;
import io.phonebench.protocol.object.InputItem;
import io.phonebench.protocol.object.MenuItem;
import io.phonebench.protocol.object.SoftKeyItem;
import java.util.List;

/**
 * The certification row per displayable object type: pushed on its own, the phone answers as its reference model
 * and shows the same screen. Image objects are not applicable to models without a service display area. Objects
 * stay under the 512-byte push limit of 79xx-era firmware, so every model is judged on the same documents.
 */
class ObjectTypesTest {

    @PhoneTest
    void text(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneText("Certify text", "Object types", "Line one\nLine two"));
    }

    @PhoneTest
    void textWithSoftkeys(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneText("Certify keys", "Softkeys", "Two custom softkeys")
                .withSoftKeys(List.of(new SoftKeyItem("Back", "SoftKey:Back", 1),
                        new SoftKeyItem("Exit", "SoftKey:Exit", 2))));
    }

    @PhoneTest
    @Requires(Capability.CURRENT_FIRMWARE)
    void textBeyondClassicPushLimit(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneText("Certify 40 KB", "Beyond 512 bytes", "0123456789 ".repeat(200)));
    }

    @PhoneTest
    void menu(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneMenu("Certify menu", "Pick one", List.of(
                new MenuItem("First", "http://127.0.0.1/first"),
                new MenuItem("Second", "http://127.0.0.1/second"))));
    }

    @PhoneTest
    void input(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneInput("Certify input", "Enter", "http://127.0.0.1/submit", List.of(
                new InputItem("Number", "n", "", InputFlags.of('N')),
                new InputItem("PIN", "pin", "", new InputFlags('N', true)))));
    }

    @PhoneTest
    void directory(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneDirectory("Certify directory", "Entries", List.of(
                new DirectoryEntry("Reception", "1000"),
                new DirectoryEntry("Lab", "2001"))));
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void image(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneImage("Certify image", "CIP", 0, 0, checkerboard(32, 16)));
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void graphicMenu(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneGraphicMenu("Certify graphic", "Key 1", 0, 0, checkerboard(24, 12),
                List.of(new MenuItem("One", "http://127.0.0.1/one"))));
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void iconMenu(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneIconMenu("Certify icons", "Pick", List.of(
                MenuItem.withIcon(0, "Mail", "http://127.0.0.1/mail")),
                List.of(IconItem.bitmap(0, checkerboard(16, 10)))));
    }

    private static void pushAndJudge(Phone phone, CiscoIPPhoneObject object) {
        Pushed pushed = phone.push(object);

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** A 2-bit grey checkerboard of 2x2 cells through all four grey levels. */
    private static CipBitmap checkerboard(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = (x / 2 + y / 2) % 4;
            }
        }
        return CipBitmap.pack(width, height, 2, pixels);
    }
}
