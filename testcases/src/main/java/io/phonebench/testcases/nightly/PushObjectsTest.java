package io.phonebench.testcases.nightly;

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
import io.phonebench.protocol.object.DirectoryEntry;
import io.phonebench.protocol.object.IconItem;
import io.phonebench.protocol.object.InputFlags;
import io.phonebench.protocol.object.InputItem;
import io.phonebench.protocol.object.MenuItem;
import java.util.List;

/**
 * Each XML object type pushed on its own: the phone acknowledges it as its reference model does and shows the same
 * screen. Objects stay under the 512-byte push limit of 79xx-era firmware.
 */
class PushObjectsTest {

    @PhoneTest
    void showsPushedMenu(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneMenu("Nightly menu", "Pick one", List.of(
                new MenuItem("Weather", "http://127.0.0.1/weather"),
                new MenuItem("Stocks", "http://127.0.0.1/stocks"),
                new MenuItem("News", "http://127.0.0.1/news"))));
    }

    @PhoneTest
    void showsPushedInput(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneInput("Nightly input", "Enter values", "http://127.0.0.1/submit", List.of(
                new InputItem("Extension", "ext", "", InputFlags.of('N')),
                new InputItem("Name", "name", "Bench", InputFlags.of('A')))));
    }

    @PhoneTest
    void showsPushedDirectory(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneDirectory("Nightly directory", "Lab phones", List.of(
                new DirectoryEntry("Reception", "1000"),
                new DirectoryEntry("Lab bench", "2001"),
                new DirectoryEntry("Help desk", "3002"))));
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void showsPushedImage(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneImage("Nightly image", "CIP", 0, 0, stripes(32, 16)));
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void showsPushedGraphicMenu(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneGraphicMenu("Nightly graphic", "Key 1 or 2", 0, 0, stripes(24, 12),
                List.of(new MenuItem("Left", "http://127.0.0.1/left"),
                        new MenuItem("Right", "http://127.0.0.1/right"))));
    }

    @PhoneTest
    @Requires(Capability.IMAGES)
    void showsPushedIconMenu(Phone phone) {
        pushAndJudge(phone, new CiscoIPPhoneIconMenu("Nightly icons", "Pick", List.of(
                MenuItem.withIcon(0, "Mail", "http://127.0.0.1/mail"),
                MenuItem.withIcon(0, "Calls", "http://127.0.0.1/calls")),
                List.of(IconItem.bitmap(0, stripes(16, 10)))));
    }

    private static void pushAndJudge(Phone phone, CiscoIPPhoneObject object) {
        Pushed pushed = phone.push(object);

        Judge.require(ResponseExpectation.judge(pushed));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /** A 2-bit grey test pattern: diagonal stripes through all four grey levels. */
    static CipBitmap stripes(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = ((x + y) / 2) % 4;
            }
        }
        return CipBitmap.pack(width, height, 2, pixels);
    }
}
