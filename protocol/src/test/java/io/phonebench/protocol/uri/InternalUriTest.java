package io.phonebench.protocol.uri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InternalUriTest {

    @ParameterizedTest
    @ValueSource(strings = {"Key:Soft1", "Key:Soft5", "Key:KeyPad0", "Key:KeyPadPound", "Key:KeyPadStar",
            "Key:Line120", "Key:Feature1", "Key:FixedFeature3", "Key:Session6", "Key:NavSelect", "Key:VolDwn",
            "Key:VolDown", "Key:Services", "Key:Key_0", "Key:Key_NumberSign", "Key:Offhook", "Key:NavOnhook",
            "SoftKey:Exit", "SoftKey:<<", "SoftKey:EditDial", "Init:CallHistory", "Init:AppStatus",
            "Dial:1000", "Dial:9,5551234#", "Dial:1000:1:acme/dialer", "Dial:1000:0:acme/dialer:1",
            "EditDial:5551234", "SendDigits:123#:1::acme/app", "QueryStringParam:message=1",
            "RTPRx:10.0.0.10:20480", "RTPRx:10.0.0.10:32768:50", "RTPRx:10.0.0.10:20500:100:2", "RTPRx:bench",
            "RTPRx:Stop", "RTPTx:10.0.0.10:20500", "RTPTx:Stop", "RTPMRx:239.1.1.1:20500:80", "RTPMRx:Stop",
            "RTPMTx:239.1.1.1:20500", "RTPMTx:Stop", "Play:Chime.raw", "Play:Stop", "Display:On",
            "Display:Off:30", "Display:Default:0", "Notify:http:server:80:path",
            "Notify:http:10.0.0.1:8080:events:YWRtaW46c2VjcmV0", "Notify:http:server:80:path::a=b:c",
            "App:RequestFocus", "App:Close:1:60:acme/app", "App:Minimize:::acme/app", "Device:Unlock",
            "Device:GeneratePRT", "Device:PRTStatus", "http://10.0.0.1/menu.xml", "https://svc:8443/a?b=c&d=e",
            "http://cucm/dir?name=#DEVICENAME#"})
    void roundTripsEveryKind(String text) {
        InternalUri uri = InternalUri.parse(text);
        assertEquals(text, uri.format());
        assertEquals(uri, InternalUri.parse(uri.format()));
    }

    @Test
    void parsesRtpReceiveIntoItsParts() {
        RtpUri uri = assertInstanceOf(RtpUri.class, InternalUri.parse("RTPRx:10.0.0.10:20500:75"));
        assertEquals(RtpStream.RX, uri.stream());
        RtpUri.Target t = uri.target().orElseThrow();
        assertEquals("10.0.0.10", t.host());
        assertEquals(OptionalInt.of(20500), t.port());
        assertEquals(OptionalInt.of(75), t.volume());
        assertTrue(InternalUri.parse("RTPTx:Stop") instanceof RtpUri stop && stop.isStop());
    }

    @Test
    void parsesDialWithApplicationBinding() {
        DialUri dial = assertInstanceOf(DialUri.class, InternalUri.parse("Dial:1000:1:acme/dialer:0"));
        DialUri.Application app = dial.application().orElseThrow();
        assertTrue(app.useAppUi());
        assertEquals("acme/dialer", app.applicationId());
        assertEquals(Optional.of(false), app.audibleFeedback());
    }

    @Test
    void builtValuesFormatAsThePhoneExpects() {
        assertEquals("RTPTx:10.1.2.3:20480", RtpUri.start(RtpStream.TX, "10.1.2.3", 20480).format());
        assertEquals("Play:Stop", PlayUri.stop().format());
        assertEquals("Dial:42", DialUri.of("42").format());
        assertEquals("SoftKey:Select", new SoftKeyUri(SoftKeyUri.Action.SELECT).format());
        assertEquals("App:Close:2", new AppUri(AppUri.Action.CLOSE, OptionalInt.of(2), OptionalInt.empty(),
                Optional.empty()).format());
    }

    @Test
    void knowsWhichUrisAnExecuteMayHold() {
        assertTrue(InternalUri.parse("http://host/x").isHttp());
        assertFalse(InternalUri.parse("Key:Soft1").isHttp());
        assertFalse(InternalUri.parse("SoftKey:Exit").allowedInExecute());
        assertFalse(InternalUri.parse("Notify:http:server:80:path").allowedInExecute());
        assertTrue(InternalUri.parse("RTPRx:Stop").allowedInExecute());
    }

    @Test
    void appendsQueryStringParamsAsThePhoneDoes() {
        QueryStringParamUri q = new QueryStringParamUri("message=1");
        assertEquals("read.asp?message=1", q.appendTo("read.asp"));
        assertEquals("read.asp?a=2&message=1", q.appendTo("read.asp?a=2"));
    }

    @Test
    void hidesNotifyCredentialsFromToString() {
        InternalUri uri = InternalUri.parse("Notify:http:server:80:path:YWRtaW46c2VjcmV0:data");
        assertFalse(uri.toString().contains("YWRtaW46c2VjcmV0"), uri.toString());
        assertTrue(uri.toString().contains("server"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|empty",
            "Soft1|SCHEME:ARGUMENTS",
            "Foo:Bar|unknown scheme 'Foo:'",
            "key:Soft1|expected scheme 'Key:'",
            "Vibrate:On|does not guess",
            "' Key:Soft1'|white space",
            "Key:Soft6|key name",
            "Key:Line0|key name",
            "Key:EndCall|key name",
            "Key:Trnsfer|key name",
            "SoftKey:Hold|expected one of",
            "Init:Phone|expected one of",
            "Dial:|digits",
            "Dial:555-1234|digits of 0-9",
            "Dial:1000:1|application id after useAppUI",
            "Dial:1000:2:app|useAppUI (0 or 1)",
            "Dial:1000:1:has space|application id",
            "Dial:1:1:a:1:x|argument(s)",
            "EditDial:abc|digits",
            "SendDigits:123:1:x:app|empty third field",
            "SendDigits:12,3:1::app|DTMF digits",
            "SendDigits:123:1:|argument(s)",
            "QueryStringParam:|non-empty",
            "RTPRx:10.0.0.10:20501|even port",
            "RTPRx:10.0.0.10:20478|even port",
            "RTPRx:10.0.0.10:32770|even port",
            "RTPRx:10.0.0.10:port|as a number",
            "RTPRx:10.0.0.10:20500:101|volume",
            "RTPRx:10.0.0.10:20500:50:3|audio path",
            "RTPRx:300.0.0.1:20500|exceeds 255",
            "RTPRx://host:20500|IPv4 address or host name",
            "RTPTx:10.0.0.10|argument(s)",
            "RTPTx:10.0.0.10:20500:50|argument(s)",
            "RTPMRx:10.0.0.10:20500|multicast",
            "RTPMTx:Stopp:20500|multicast",
            "RTPRx:stop|case-sensitive",
            "Play:STOP|case-sensitive",
            "Play:|Play:file or Play:Stop",
            "Play:a file|without spaces",
            "Display:Dim|On, Off or Default",
            "Display:On:1441|0-1440",
            "Notify:https:server:80:path|protocol 'http'",
            "Notify:http:server:0:path|1-65535",
            "Notify:http:server:80|argument(s)",
            "Notify:http:server:80:path:not base64!|base64",
            "App:Focus|RequestFocus",
            "App:Close:3|0-2",
            "App:Close:1:5|10-86400",
            "Device:Reboot|Unlock",
            "http://|valid http(s) URL",
            "http:/menu.xml|host name",
            "http://host/a b|valid http(s) URL",
            "ftp://host/x|unknown scheme"})
    void refusesMalformedUrisNamingWhatWasExpected(String text, String expectation) {
        UriSyntaxException e = assertThrows(UriSyntaxException.class, () -> InternalUri.parse(text));
        assertTrue(e.getMessage().contains(expectation), e.getMessage());
        assertTrue(e.getMessage().contains("invalid URI '"), e.getMessage());
    }

    @Test
    void hidesAPasswordEmbeddedInAnHttpUrl() {
        InternalUri uri = InternalUri.parse("http://svc:hunter2@10.0.0.1/menu.xml");
        assertEquals("http://svc:hunter2@10.0.0.1/menu.xml", uri.format());
        assertFalse(uri.toString().contains("hunter2"), uri.toString());
    }

    @Test
    void neverQuotesNotifyCredentialsInErrors() {
        UriSyntaxException e = assertThrows(UriSyntaxException.class,
                () -> InternalUri.parse("Notify:ftp:server:80:path:c2VjcmV0:data"));
        assertFalse(e.getMessage().contains("c2VjcmV0"), e.getMessage());
    }

    @Test
    void refusesInvalidValuesBuiltInCode() {
        assertThrows(UriSyntaxException.class, () -> new KeyUri("Soft0"));
        assertThrows(UriSyntaxException.class, () -> RtpUri.start(RtpStream.RX, "10.0.0.1", 1000));
        assertThrows(UriSyntaxException.class, () -> RtpUri.start(RtpStream.MULTICAST_TX, "10.0.0.1", 20480));
        assertThrows(UriSyntaxException.class, () -> DialUri.of("12:34"));
        assertThrows(UriSyntaxException.class, () -> new DisplayUri(DisplayUri.Mode.ON, OptionalInt.of(-1)));
        assertThrows(UriSyntaxException.class, () -> PlayUri.file("Stop"));
    }
}
