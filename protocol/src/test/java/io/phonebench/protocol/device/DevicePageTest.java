package io.phonebench.protocol.device;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.protocol.xml.XmlParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DevicePageTest {
    /** Shape of a real 7940 answer (docs/xml-object-reference.md §7.1), with an extra field no accessor knows. */
    private static final String DEVICE_INFORMATION_7940 = """
            <?xml version="1.0" encoding="iso-8859-1"?>
            <DeviceInformation>
            <MACAddress>0003E369A125</MACAddress>
            <HostName>SEP0003E369A125</HostName>
            <phoneDN>1000</phoneDN>
            <appLoadID>P00308010200</appLoadID>
            <versionID>8.1(2.0)</versionID>
            <addonModule1></addonModule1>
            <serialNumber>INM0740AB12</serialNumber>
            <modelNumber>CP-7940</modelNumber>
            <MessageWaiting> OUI</MessageWaiting>
            <firmwareExtra>caf\u00e9</firmwareExtra>
            </DeviceInformation>
            """;

    @Test
    void readsDeviceInformationWithTypedAndUnknownFields() {
        DeviceInformation info = DeviceInformation.parse(DEVICE_INFORMATION_7940.getBytes(ISO_8859_1), null);
        assertEquals(Optional.of("0003E369A125"), info.macAddress());
        assertEquals(Optional.of("8.1(2.0)"), info.versionId());
        assertEquals(Optional.of("CP-7940"), info.modelNumber());
        assertEquals(Optional.of("OUI"), info.messageWaiting());
        assertEquals(" OUI", info.fields().get("MessageWaiting"));
        assertEquals(Optional.of("caf\u00e9"), info.field("firmwareExtra"));
        assertEquals(Optional.empty(), info.text("addonModule1"));
        assertEquals(List.of("MACAddress", "HostName", "phoneDN", "appLoadID", "versionID", "addonModule1",
                "serialNumber", "modelNumber", "MessageWaiting", "firmwareExtra"), List.copyOf(info.fields().keySet()));
    }

    @Test
    void findsFieldsWhateverTheFirmwareCasing() {
        DeviceInformation info = new DeviceInformation(Map.of("SerialNumber", "FCH1234", "ModelNumber", "CP-8845"));
        assertEquals(Optional.of("FCH1234"), info.serialNumber());
        assertEquals(Optional.of("CP-8845"), info.modelNumber());
    }

    @Test
    void roundTripsEveryPageInTheCharsetAsked() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("HostName", "SEP001122334455");
        fields.put("Note", "a < b & \"c\" \u65e5\u672c");
        DeviceInformation info = new DeviceInformation(fields);
        assertEquals(info, DeviceInformation.parse(info.serialise(UTF_8), null));
        byte[] latin = info.serialise(ISO_8859_1);
        assertTrue(new String(latin, ISO_8859_1).startsWith("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>"));
        assertEquals(info, DeviceInformation.parse(latin, null));

        NetworkConfiguration net = new NetworkConfiguration(Map.of("IPAddress", "10.0.0.5", "DNSServer2", "10.0.0.2",
                "CallManager1", "cucm1 Active"));
        assertEquals(net, NetworkConfiguration.parse(net.serialise(UTF_8), "utf-8"));
        assertEquals(Optional.of("10.0.0.2"), net.dnsServer(2));
        assertEquals(Optional.of("cucm1 Active"), net.callManager(1));

        EthernetInformation eth = new EthernetInformation(Map.of("TxFrames", "1200", "RxFrames", "1180"));
        assertEquals(eth, EthernetInformation.parse(eth.serialise(UTF_8), null));
        assertEquals(OptionalLong.of(1200), eth.txFrames());

        PortInformation port = new PortInformation(Map.of("RxtotalPkt", "77", "CDPNeighborDeviceId", "sw1",
                "PortSpeed", "100 Full"));
        assertEquals(port, PortInformation.parse(port.serialise(UTF_8), null));
        assertEquals(OptionalLong.of(77), port.rxTotalPackets());
        assertEquals(Optional.of("sw1"), port.cdpNeighborDeviceId());
    }

    @Test
    void readsStreamingStatisticsUnderTheirSdkNames() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <StreamingStatistics><RemoteAddr>192.168.125.10/20000</RemoteAddr>\
                <LocalAddr>192.168.125.20/24580</LocalAddr><StartTime>10:02:03</StartTime>\
                <StreamStatus>Active</StreamStatus><SenderPackets>500</SenderPackets>\
                <RcvrPackets>498</RcvrPackets><RcvrLostPackets>2</RcvrLostPackets><AvgJitter>3</AvgJitter>\
                <MaxJitter>11</MaxJitter><MOSLQK>4.1</MOSLQK><RcvrCodec>G.711u</RcvrCodec></StreamingStatistics>
                """;
        StreamingStatistics stats = StreamingStatistics.parse(xml.getBytes(UTF_8), null);
        assertEquals(Optional.of(new StreamAddress("192.168.125.10", 20000)), stats.remoteAddress());
        assertEquals(24580, stats.localAddress().orElseThrow().port());
        assertTrue(stats.isActive());
        assertEquals(OptionalLong.of(500), stats.senderPackets());
        assertEquals(OptionalLong.of(2), stats.rcvrLostPackets());
        assertEquals(OptionalLong.of(3), stats.avgJitter());
        assertEquals(OptionalLong.of(11), stats.maxJitter());
        assertEquals(4.1, stats.mosLqk().orElseThrow(), 1e-9);
        assertEquals(stats, StreamingStatistics.parse(stats.serialise(UTF_8), null));
    }

    @Test
    void reportsAnIdleStreamSlot() {
        StreamingStatistics idle = new StreamingStatistics(Map.of("RemoteAddr", "0.0.0.0/0",
                "StreamStatus", "Not Ready"));
        assertTrue(idle.remoteAddress().orElseThrow().isUnset());
        assertFalse(idle.isActive());
    }

    @Test
    void namesTheFieldWhoseValueIsMalformed() {
        StreamingStatistics stats = new StreamingStatistics(Map.of("RcvrLostPackets", "many",
                "RemoteAddr", "10.0.0.1:20000"));
        DevicePageException lost = assertThrows(DevicePageException.class, stats::rcvrLostPackets);
        assertTrue(lost.getMessage().contains("StreamingStatistics field RcvrLostPackets = 'many'"),
                lost.getMessage());
        DevicePageException addr = assertThrows(DevicePageException.class, stats::remoteAddress);
        assertTrue(addr.getMessage().contains("ip/port"), addr.getMessage());
    }

    @Test
    void refusesAnotherPageUnderTheExpectedPath() {
        XmlParseException e = assertThrows(XmlParseException.class, () -> DeviceInformation.parse(
                "<NetworkConfiguration><IPAddress>1.2.3.4</IPAddress></NetworkConfiguration>".getBytes(UTF_8), null));
        assertTrue(e.getMessage().contains("expected root element <DeviceInformation> but found"
                + " <NetworkConfiguration>"), e.getMessage());
    }

    @Test
    void refusesRepeatedAndNestedFieldsWithTheirPosition() {
        XmlParseException repeated = assertThrows(XmlParseException.class, () -> EthernetInformation.parse(
                "<EthernetInformation>\n<TxFrames>1</TxFrames>\n<TxFrames>2</TxFrames>\n</EthernetInformation>"
                        .getBytes(UTF_8), null));
        assertTrue(repeated.getMessage().startsWith("3:"), repeated.getMessage());
        assertTrue(repeated.getMessage().contains("<TxFrames> repeats"), repeated.getMessage());
        XmlParseException nested = assertThrows(XmlParseException.class, () -> PortInformation.parse(
                "<PortInformation><Rx><a>1</a></Rx></PortInformation>".getBytes(UTF_8), null));
        assertTrue(nested.getMessage().contains("text only"), nested.getMessage());
    }

    @Test
    void refusesMalformedAndHostileDocuments() {
        assertThrows(XmlParseException.class, () -> DeviceInformation.parse(new byte[0], null));
        assertThrows(XmlParseException.class, () -> DeviceInformation.parse(
                "<DeviceInformation><HostName>x</DeviceInformation>".getBytes(UTF_8), null));
        XmlParseException xxe = assertThrows(XmlParseException.class, () -> DeviceInformation.parse(
                ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<DeviceInformation><HostName>&x;</HostName></DeviceInformation>").getBytes(UTF_8), null));
        assertTrue(xxe.getMessage().contains("DOCTYPE"), xxe.getMessage());
    }

    @Test
    void readsA79xxDeviceLogWithInlineDeclarations() {
        String body = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<DeviceLog>\n"
                + "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><status>10:00:01 boot</status>\n"
                + "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><status>10:00:05 registered \u00e9</status>\n"
                + "</DeviceLog>";
        DeviceLog log = DeviceLog.parse(body.getBytes(ISO_8859_1), null);
        assertEquals(List.of("10:00:01 boot", "10:00:05 registered \u00e9"), log.statuses());
        assertEquals(log, DeviceLog.parse(log.serialise(UTF_8), null));
    }

    @Test
    void readsStatusEntriesThatHoldATimeStampAndThenAChildElement() {
        // the 79xx form: several declarations, each <status> a time stamp followed by a child element
        String body = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><status>10:00:01 <msg>boot</msg></status>\n"
                + "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><status>10:00:05 <msg>registered</msg></status>";
        DeviceLog log = DeviceLog.parse(body.getBytes(ISO_8859_1), null);

        assertEquals(List.of("10:00:01", "10:00:05"), log.statuses());
        assertEquals(List.of(new DeviceLog.Entry("status", "10:00:01"), new DeviceLog.Entry("msg", "boot"),
                new DeviceLog.Entry("status", "10:00:05"), new DeviceLog.Entry("msg", "registered")), log.entries());
    }

    @Test
    void readsADeviceLogWithoutARootAndAnEmptyOne() {
        String body = "<?xml version=\"1.0\"?><status>a</status><?xml version=\"1.0\"?><status>b</status>";
        assertEquals(List.of("a", "b"), DeviceLog.parse(body.getBytes(UTF_8), "utf-8").statuses());
        assertEquals(List.of(), DeviceLog.parse("<DeviceLog/>".getBytes(UTF_8), null).entries());
    }

    @Test
    void refusesABrokenDeviceLog() {
        assertThrows(XmlParseException.class, () -> DeviceLog.parse("<DeviceLog><status>a</DeviceLog>"
                .getBytes(UTF_8), null));
    }

    @Test
    void refusesFieldNamesThatAreNotElements() {
        assertThrows(IllegalArgumentException.class, () -> new DeviceInformation(Map.of("bad name", "x")));
    }
}
