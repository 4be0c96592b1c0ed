package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.protocol.object.CiscoIPPhoneDirectory;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.DirectoryEntry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NavigationTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final TestServices services = new TestServices();

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void selectingAMenuItemFetchesItsUrlWithTheItemNameAsDefaultTitle() {
        services.xml("/menu", TestServices.menu("Main", "News", "/news", "Weather", "/weather"))
                .xml("/weather", "<CiscoIPPhoneText><Text>sunny</Text></CiscoIPPhoneText>");
        ReferencePhone phone = Phones.phone("CP-7960G", clock);
        phone.open(services.url("/menu"));
        phone.press("Key:NavDwn");
        phone.press("Key:Soft1"); // 79xx: Select in position 1
        assertEquals(Optional.of(services.url("/weather")), phone.currentUrl());
        assertEquals("Weather", phone.displayContent().title());
    }

    @Test
    void keypadDigitSelectsThatMenuItem() {
        services.xml("/menu", TestServices.menu("Main", "News", "/news", "Weather", "/weather"))
                .xml("/news", TestServices.text("News", "n"));
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/menu"));
        phone.press("Key:KeyPad1");
        assertEquals(Optional.of(services.url("/news")), phone.currentUrl());
    }

    @Test
    void queryStringParamSoftkeyExtendsTheSelectedItemUrl() {
        services.xml("/inbox", "<CiscoIPPhoneMenu><MenuItem><Name>m1</Name><URL>/read?box=1</URL></MenuItem>"
                + "<SoftKeyItem><Name>Delete</Name><URL>QueryStringParam:action=delete</URL><Position>1</Position>"
                + "</SoftKeyItem></CiscoIPPhoneMenu>").xml("/read", TestServices.text("R", "r"));
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/inbox"));
        phone.press("Key:Soft1");
        assertEquals("/read?box=1&action=delete", phone.requests().get(1).target());
    }

    @Test
    void inputSubmissionSendsEachQueryStringParamWithItsValue() {
        services.xml("/form", "<CiscoIPPhoneInput><Title>Find</Title><URL>/search</URL>"
                + "<InputItem><DisplayName>Name</DisplayName><QueryStringParam>n</QueryStringParam>"
                + "<DefaultValue>Bo</DefaultValue><InputFlags>A</InputFlags></InputItem>"
                + "<InputItem><DisplayName>Ext</DisplayName><QueryStringParam>ext</QueryStringParam>"
                + "<InputFlags>N</InputFlags></InputItem></CiscoIPPhoneInput>")
                .xml("/search", TestServices.text("Found", "x"));
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/form"));
        phone.press("Key:NavDwn");
        phone.press("Key:KeyPad4");
        phone.press("Key:KeyPad2");
        phone.enter(0, "Bo Jo");
        phone.press("SoftKey:Submit");
        assertEquals("/search?n=Bo+Jo&ext=42", phone.requests().get(1).target());
    }

    @Test
    void directoryDialRecordsADialEventForTheSelectedEntry() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneDirectory("Staff", null, List.of(new DirectoryEntry("Ann", "1001"),
                new DirectoryEntry("Bob", "1002"))));
        phone.press("Key:NavDwn");
        phone.press("SoftKey:Dial");
        assertEquals("1002", phone.dialEvents().get(0).digits());
        assertEquals("Dial", phone.dialEvents().get(0).via());
    }

    @Test
    void dialShowsTheCallPlaneWithTheNumberUntilOnhook() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.push(new CiscoIPPhoneDirectory("Staff", null, List.of(new DirectoryEntry("Ann", "1001"),
                new DirectoryEntry("Bob", "1002"))));
        phone.press("Key:NavDwn");
        phone.press("SoftKey:Dial");

        assertEquals(Optional.of("1002"), phone.call());
        assertEquals("Dialing", phone.displayContent().title());
        assertEquals("1002", phone.displayContent().lines().get(0).text());
        assertEquals("EndCall", phone.softkeyLabels().get(0));

        phone.press("Key:Onhook");
        assertEquals(Optional.empty(), phone.call());
        assertEquals("Staff", phone.displayContent().title());
    }

    @Test
    void callPlaneStaysAfterInitServicesAndEndCallSoftkeyHangsUp() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.press("Dial:2001");
        phone.press("Init:Services");
        assertEquals("2001", phone.displayContent().lines().get(0).text());

        phone.press("Key:Soft1");
        assertEquals(Optional.empty(), phone.call());
        assertEquals(List.of(), phone.displayContent().lines());
    }

    @Test
    void pageShownDuringACallGoesInFrontAndEditDialPlacesNoCall() {
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.press("Dial:2001");
        phone.push(new CiscoIPPhoneDirectory("Staff", null, List.of(new DirectoryEntry("Ann", "1001"))));
        assertEquals("Staff", phone.displayContent().title());
        phone.press("Key:Onhook");

        phone.press("SoftKey:EditDial");
        assertEquals(Optional.empty(), phone.call());
        assertEquals("1001", phone.dialEvents().get(1).digits());
    }

    @Test
    void pushedObjectIsShownAndExitReturnsToTheServicePage() {
        services.xml("/svc", TestServices.text("Svc", "s"));
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/svc"));
        phone.push(new CiscoIPPhoneText("Alert", null, "fire drill"));
        assertEquals(Optional.empty(), phone.currentUrl());
        phone.press("SoftKey:Exit");
        assertEquals(Optional.of(services.url("/svc")), phone.currentUrl());
    }

    @Test
    void sessionCookiesClearOnCloseOnlyWhereTheModelSaysSo() {
        services.xml("/svc", TestServices.text("Svc", "s"), "Set-Cookie", "sid=1");
        ReferencePhone clears = Phones.phone("CP-7970G", clock);
        ReferencePhone keeps = Phones.phone("CP-7960G", clock);
        for (ReferencePhone p : List.of(clears, keeps)) {
            p.open(services.url("/svc"));
            p.press("Init:Services");
        }
        String host = services.url("/").getHost();
        assertEquals(List.of(), clears.cookies(host));
        assertEquals(1, keeps.cookies(host).size());
    }

    @Test
    void keepsFifthCookieDeviationKeepsOneMoreCookie() {
        services.xml("/svc", TestServices.text("Svc", "s"), "Set-Cookie", "a=1", "Set-Cookie", "b=2",
                "Set-Cookie", "c=3", "Set-Cookie", "d=4", "Set-Cookie", "e=5");
        ReferencePhone faithful = Phones.phone("CP-7960G", clock);
        ReferencePhone deviant = Phones.phone("CP-7960G", clock, Deviation.KEEPS_FIFTH_COOKIE);
        faithful.open(services.url("/svc"));
        deviant.open(services.url("/svc"));
        String host = services.url("/").getHost();
        assertEquals(4, faithful.cookies(host).size());
        assertEquals(5, deviant.cookies(host).size());
    }

    @Test
    void audioClipOverFiveSecondsIsRefused() {
        services.page("/ring", "audio/basic", new byte[40000]).page("/long", "audio/basic", new byte[40001]);
        ReferencePhone phone = Phones.phone("CP-7970G", clock);
        phone.open(services.url("/ring"));
        phone.open(services.url("/long"));
        assertEquals(1, phone.audioClips().size());
        assertEquals(5.0, phone.audioClips().get(0).seconds());
        assertTrue(phone.problems().get(0).reason().contains("40001"));
    }
}
