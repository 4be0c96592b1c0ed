package io.phonebench.protocol.object;

import java.util.List;

/** One realistic instance of every SDK object, written from docs/xml-object-reference.md, for round trips and size checks. */
final class Samples {
    static final SoftKeyItem SELECT = new SoftKeyItem("Select", "SoftKey:Select", 1);
    static final SoftKeyItem EXIT = new SoftKeyItem("Exit", "SoftKey:Exit", 3);
    static final SoftKeyItem DIAL_ON_PRESS = new SoftKeyItem("Dial", "Dial:1000", "Key:Speaker", 2);
    static final AppEventHandlers EVENTS = new AppEventHandlers("phonebench/sample",
            "RTPRx:Stop; RTPTx:Stop; Notify:http:server:80:path", "Key:Services", null, "RTPRx:Stop");
    static final CipBitmap FOUR_PIXELS = CipBitmap.pack(4, 1, 2, new int[] {1, 3, 2, 0});

    private Samples() {
    }

    static List<CiscoIPPhoneObject> all() {
        return List.of(
                new CiscoIPPhoneMenu("Services", "Pick one", List.of(
                        new MenuItem("Weather", "http://svc.example/weather?city=Z\u00fcrich&unit=C"),
                        new MenuItem("Line 1\rLine 2", "Key:Services")),
                        List.of(SELECT, EXIT), EVENTS),
                new CiscoIPPhoneText("Notice", null, "Line one\nTab\there & <there>", List.of(EXIT),
                        AppEventHandlers.NONE),
                new CiscoIPPhoneInput("Search", "Enter a name", "http://svc.example/search", "post", List.of(
                        new InputItem("Name", "name", "", InputFlags.of('A')),
                        new InputItem("PIN", "pin", null, InputFlags.parse("NP"))),
                        List.of(new SoftKeyItem("Submit", "SoftKey:Submit", 1)), AppEventHandlers.appId("a/b")),
                new CiscoIPPhoneDirectory("Lab", "2 entries", List.of(
                        new DirectoryEntry("Desk 7970", "1001"), new DirectoryEntry("Desk 8845", "1002"))),
                new CiscoIPPhoneImage("Logo", "Grey", -1, -1, FOUR_PIXELS),
                new CiscoIPPhoneImage("Wide", null, 0, 0, CipBitmap.pack(3, 2, 1, new int[] {1, 0, 1, 0, 1, 1}),
                        List.of(EXIT), WindowMode.WIDE, EVENTS),
                new CiscoIPPhoneImageFile("Photo", "PNG", 0, 0, "http://svc.example/photo.png"),
                new CiscoIPPhoneGraphicMenu("Map", "Press 1 or 2", 10, 5, FOUR_PIXELS, List.of(
                        new MenuItem("North", "http://svc.example/n"), new MenuItem("South", "http://svc.example/s"))),
                new CiscoIPPhoneGraphicFileMenu("Floor", "Touch a room", 0, 0, "http://svc.example/floor.png",
                        List.of(MenuItem.withTouchArea("Small room", "http://svc.example/r1",
                                        new TouchArea(10, 10, 20, 20)),
                                MenuItem.withTouchArea("Hall", "http://svc.example/r2", new TouchArea(0, 0, 100, 60))),
                        List.of(EXIT), WindowMode.NORMAL, AppEventHandlers.NONE),
                new CiscoIPPhoneIconMenu("Status", "Icons", List.of(
                        MenuItem.withIcon(0, "Online", "http://svc.example/on"),
                        MenuItem.withIcon(1, "Offline", "http://svc.example/off")),
                        List.of(SELECT), List.of(IconItem.bitmap(0, FOUR_PIXELS),
                        IconItem.bitmap(1, CipBitmap.pack(2, 2, 2, new int[] {3, 3, 0, 0}))), AppEventHandlers.NONE),
                new CiscoIPPhoneIconFileMenu("Apps", null, List.of(MenuItem.withIcon(2, "Mail", "http://svc.example/m")),
                        List.of(IconItem.file(2, "http://svc.example/mail.png"))),
                new CiscoIPPhoneStatus("Recording", 42, 0, 0, FOUR_PIXELS, EVENTS),
                new CiscoIPPhoneStatusFile("Queue", 0, -1, -1, "http://svc.example/q.png", List.of(DIAL_ON_PRESS),
                        AppEventHandlers.NONE),
                CiscoIPPhoneExecute.of(new ExecuteItem("http://svc.example/menu.xml", 1),
                        new ExecuteItem("Key:Services"), new ExecuteItem("RTPRx:10.0.0.10:20500:50")),
                CiscoIPPhoneResponse.of(new ResponseItem(0, "Success", "Key:Services"),
                        new ResponseItem(6, "URI not found", "Key:Bogus")),
                CiscoIPPhoneError.authentication(),
                new CiscoIPPhoneError(1, "Error parsing CiscoIPPhoneExecute object"));
    }
}
