package io.phonebench.emulator.virtual;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.PhoneClock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The device pages a phone serves without a password, XML ({@code X} suffix) and HTML, with field names from
 * docs/xml-object-reference.md §7. Counters grow with the traffic the phone has seen. Numbered pages outside the
 * model's range
 * answer 404, as phones do.
 */
final class DevicePages {
    static final int DEVICE_LOGS = 3;   // DeviceLogX?0..2

    private final PhoneModel model;
    private final DeviceIdentity id;
    private final PhoneClock clock;
    private final LongSupplier requestsSeen;
    private final boolean malformed;
    private final java.util.function.IntFunction<Map<String, String>> streamingSlot;
    private final String authenticationUrl;

    DevicePages(PhoneModel model, DeviceIdentity id, PhoneClock clock, LongSupplier requestsSeen, boolean malformed,
                java.util.function.IntFunction<Map<String, String>> streamingSlot, String authenticationUrl) {
        this.authenticationUrl = authenticationUrl;
        this.streamingSlot = streamingSlot;
        this.model = model;
        this.id = id;
        this.clock = clock;
        this.requestsSeen = requestsSeen;
        this.malformed = malformed;
    }

    /** The page at this path (case-sensitive) and query, or empty for 404. */
    Optional<Reply> answer(String path, String query) {
        boolean xml = path.endsWith("X");
        String page = xml ? path.substring(1, path.length() - 1) : path.substring(Math.min(1, path.length()));
        Optional<Map<String, String>> fields = switch (page) {
            case "DeviceInformation" -> Optional.of(deviceInformation());
            case "NetworkConfiguration" -> Optional.of(networkConfiguration());
            case "EthernetInformation" -> Optional.of(ethernetInformation());
            case "PortInformation" -> index(query, 1).filter(model::hasPort).map(this::portInformation);
            case "DeviceLog" -> index(query, 0).filter(n -> n >= 0 && n < DEVICE_LOGS).map(n -> deviceLog());
            case "StreamingStatistics" -> index(query, 1).filter(model::hasStreamSlot).map(this::streaming);
            default -> Optional.empty();
        };
        if (xml && page.equals("DeviceLog") && fields.isPresent() && !malformed
                && model.generation() != PhoneModel.Generation.CURRENT) {
            return Optional.of(Reply.xml(DevicePageWriter.deviceLog79xx(bootLog())));
        }
        return fields.map(f -> xml ? Reply.xml(DevicePageWriter.xml(page, f, malformed))
                : Reply.html(DevicePageWriter.html(page, f)));
    }

    /** {@code ?n}: the page number; absent means the first page. */
    private static Optional<Integer> index(String query, int first) {
        if (query == null || query.isEmpty()) {
            return Optional.of(first);
        }
        try {
            return Optional.of(Integer.parseInt(query));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Map<String, String> deviceInformation() {
        var now = clock.now().atOffset(ZoneOffset.UTC);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("MACAddress", id.mac());
        f.put("HostName", id.hostName());
        f.put("phoneDN", "1000");
        f.put("appLoadID", id.appLoadId());
        f.put("bootLoadID", id.bootLoadId());
        f.put("versionID", id.versionId());
        f.put("addonModule1", "");
        f.put("addonModule2", "");
        f.put("hardwareRevision", "1.0");
        f.put("serialNumber", id.serialNumber());
        f.put("modelNumber", id.modelNumber());
        f.put("MessageWaiting", "No");
        f.put("udi", "phone Cisco Unified IP Phone " + model.name() + ", Global " + model.name() + " " + id.serialNumber());
        f.put("time", now.format(DateTimeFormatter.ofPattern("HH:mm")));
        f.put("timezone", "UTC");
        f.put("date", now.format(DateTimeFormatter.ofPattern("dd.MM.yy")));
        return f;
    }

    private Map<String, String> networkConfiguration() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("DHCPServer", "");
        f.put("MACAddress", id.mac());
        f.put("HostName", id.hostName());
        f.put("DomainName", "bench.invalid");
        f.put("IPAddress", id.address());
        f.put("SubNetMask", "255.0.0.0");
        f.put("TFTPServer1", "127.0.0.1");
        f.put("DefaultRouter1", "127.0.0.1");
        f.put("DNSServer1", "127.0.0.1");
        f.put("VLANId", "");
        f.put("AdminVLANId", "");
        f.put("CallManager1", "127.0.0.1 Active");
        f.put("InformationURL", "");
        f.put("DirectoriesURL", "");
        f.put("MessagesURL", "");
        f.put("ServicesURL", "");
        f.put("DHCPEnabled", "No");
        f.put("AltTFTP", "No");
        f.put("IdleURL", "");
        f.put("IdleURLTime", "0");
        f.put("ProxyServerURL", "");
        f.put("AuthenticationURL", authenticationUrl);
        f.put("UserLocale", "English_United_States");
        f.put("NetworkLocale", "United_States");
        f.put("WebAccess", "Yes");
        return f;
    }

    private Map<String, String> ethernetInformation() {
        long seen = requestsSeen.getAsLong();
        long rx = 1200 + 9 * seen;
        long tx = 1100 + 8 * seen;
        Map<String, String> f = new LinkedHashMap<>();
        if (model.generation() == PhoneModel.Generation.CLASSIC_OLD) {
            // the 7940 capture's field set (§7.3)
            f.put("TxExcessiveCollisions", "0");
            f.put("TxFrames", Long.toString(tx));
            f.put("TxBroadcasts", "12");
            f.put("TxMulticasts", "40");
            f.put("TxCollisions", "0");
            f.put("TxDeferredAbort", "0");
            f.put("RxOverruns", "0");
            f.put("RxLongCRC", "0");
            f.put("RxFrames", Long.toString(rx));
            f.put("RxCRCErrors", "0");
            f.put("RxBadPreamble", "0");
            f.put("RxRunt", "0");
            f.put("RxMulticasts", "85");
            f.put("RxBroadcasts", "230");
            f.put("RxShorts", "0");
            f.put("RxLongs", "0");
            return f;
        }
        f.put("TxFrames", Long.toString(tx));
        f.put("TxBroadcasts", "12");
        f.put("TxMulticasts", "40");
        f.put("TxUnicasts", Long.toString(tx - 52));
        f.put("RxFrames", Long.toString(rx));
        f.put("RxMulticasts", "85");
        f.put("RxBroadcasts", "230");
        f.put("RxUnicasts", Long.toString(rx - 315));
        f.put("RxPacketNoDes", "0");
        return f;
    }

    private Map<String, String> portInformation(int n) {
        long seen = requestsSeen.getAsLong();
        long rx = n == 1 ? 1200 + 9 * seen : 300;
        Map<String, String> f = new LinkedHashMap<>();
        f.put("RxtotalPkt", Long.toString(rx));
        f.put("RxcrcErr", "0");
        f.put("RxalignErr", "0");
        f.put("Rxmulticast", "85");
        f.put("Rxbroadcast", "230");
        f.put("Rxunicast", Long.toString(rx - 315));
        f.put("TxtotalGoodPkt", Long.toString(n == 1 ? 1100 + 8 * seen : 280));
        f.put("Txcollisions", "0");
        f.put("Txbroadcast", "12");
        f.put("Txmulticast", "40");
        f.put("CDPNeighborDeviceId", n == 1 ? "bench-switch" : "");
        f.put("CDPNeighborIP", n == 1 ? "127.0.0.1" : "");
        f.put("CDPNeighborPort", n == 1 ? "GigabitEthernet1/0/" + (1 + Math.floorMod(id.mac().hashCode(), 48)) : "");
        f.put("PortSpeed", n == 1 ? "100 Full" : "Auto");
        return f;
    }

    /** The log lines a booted phone shows: time stamp, then the message. */
    private List<Map.Entry<String, String>> bootLog() {
        String now = clock.now().toString();
        return List.of(Map.entry(now, "boot completed"), Map.entry(now, "phone ready"));
    }

    private Map<String, String> deviceLog() {
        return Map.of("status", clock.now().toString() + " boot completed, phone ready");
    }

    /** Live figures of the phone's RTP stream slot n, as RFC 3550 receivers and senders count them. */
    private Map<String, String> streaming(int n) {
        return streamingSlot.apply(n);
    }
}
