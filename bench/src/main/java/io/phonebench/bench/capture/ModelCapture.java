package io.phonebench.bench.capture;

import io.phonebench.bench.service.RecordedRequest;
import io.phonebench.bench.service.ServiceHost;
import io.phonebench.bench.wait.PhoneWait;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.catalog.PhoneModel.DisplayArea;
import io.phonebench.emulator.catalog.PhoneModel.Generation;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.header.DisplayHeader;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Learns a catalog entry from a phone: the headers of a service fetch exactly as sent, the identity on
 * DeviceInformationX, how many port and stream pages answer, the screenshot's size, and the push limit (an object a
 * little over 512 bytes: refused means the 79xx-era 512, taken means 40 KB). What it cannot probe safely (session
 * rules, softkeys, lines, screenshot format, colour PNG) is copied from the catalog entry it is compared with, or,
 * for a model the catalog lacks, from the nearest model of its generation; the sources say which.
 */
public final class ModelCapture {
    static final int MAX_PORT_PAGES = 3;
    static final int MAX_STREAM_PAGES = 5;
    private static final Duration FETCH_WAIT = Duration.ofSeconds(10);
    private static final int PROBE_BYTES = 600;

    private final PhoneClient probe;
    private final PhoneClient largePush;
    private final ServiceHost services;

    /**
     * @param probe     a client with the 512-byte limit, for the small pushes
     * @param largePush the same phone with a 40 KB client limit, so the phone decides the push-limit probe
     */
    public ModelCapture(PhoneClient probe, PhoneClient largePush, ServiceHost services) {
        this.probe = probe;
        this.largePush = largePush;
        this.services = services;
    }

    /**
     * @param known the catalog's entry for the model the phone names, or any model whose unprobed facts stand in
     */
    public CapturedModel capture(Function<String, Optional<PhoneModel>> known) {
        DeviceInformation info = probe.deviceInformation();
        String firmware = info.versionId().or(info::appLoadId).orElse("unknown firmware");
        String source = "capture: " + probe.address().label() + ", firmware " + firmware + ", "
                + LocalDate.now(ZoneOffset.UTC);
        RecordedRequest fetch = fetchHeaders();
        String name = header(fetch, "x-CiscoIPPhoneModelName");
        Optional<PhoneModel> current = known.apply(name);
        int pushLimit = pushLimit();
        String displayHeader = header(fetch, "x-CiscoIPPhoneDisplay");
        PhoneModel base = current.orElseThrow(() -> new BenchInfrastructureException("capture of "
                + probe.address().label() + ": the phone names model '" + name + "', and no catalog model stands in"
                + " for its unprobed facts"));
        Generation generation = base.generation().pushLimitBytes() == pushLimit ? base.generation()
                : pushLimit == Generation.CURRENT.pushLimitBytes() ? Generation.CURRENT : Generation.CLASSIC_NEW;
        BufferedImage screen = probe.screenshot();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String field : List.of("name", "displayHeader", "sdkVersion", "accept", "acceptCharset",
                "acceptLanguage", "screenshotWidth", "screenshotHeight", "ethernetPorts", "rtpStreamSlots",
                "pushLimitBytes")) {
            sources.put(field, source);
        }
        PhoneModel captured = new PhoneModel(name, generation, display(base, displayHeader, sources, source),
                header(fetch, "x-CiscoIPPhoneSDKVersion"), header(fetch, "Accept"), header(fetch, "Accept-Charset"),
                header(fetch, "Accept-Language"), displayHeader, base.clearsSessionOnClose(), base.colourPng(),
                base.screenshotFormat(), screen.getWidth(), screen.getHeight(), base.lines(), base.softkeys(),
                countPages(MAX_PORT_PAGES, probe::port), countPages(MAX_STREAM_PAGES, probe::streamingStatistics),
                pushLimit, sources);
        return new CapturedModel(captured, current.filter(c -> c.name().equals(name)), source);
    }

    /** The display area keeps the catalog's (Cisco's table) unless the header names other width, height or mode. */
    private static Optional<DisplayArea> display(PhoneModel base, String header, Map<String, String> sources,
            String source) {
        DisplayHeader sent = DisplayHeader.parse(header);
        Optional<DisplayArea> area = base.display();
        if (area.isPresent() && area.get().width() == sent.width() && area.get().height() == sent.height()
                && area.get().colour() == sent.colour()) {
            return area;
        }
        if (area.isEmpty()) {
            return area;   // Cisco lists no services area; the header alone is kept, as displayHeader
        }
        sources.put("display", source);
        return Optional.of(new DisplayArea(sent.width(), sent.height(), sent.depth(), sent.colour()));
    }

    private RecordedRequest fetchHeaders() {
        String path = "/capture/" + Long.toHexString(System.nanoTime()) + "/headers";
        services.mount(path, new CiscoIPPhoneText("PhoneBench", "capture", "Headers captured"));
        probe.push(CiscoIPPhoneExecute.fetch(services.url(path)));
        return PhoneWait.until("a request for " + services.url(path) + " from " + probe.address().label(),
                        () -> services.requests().stream().filter(r -> r.target().startsWith(path)).findFirst(),
                        Optional::isPresent)
                .withTimeout(FETCH_WAIT).wakingOn(services.arrivals())
                .describedAs(got -> "no such request, " + services.requests().size() + " other(s)")
                .hint("Is the service host's address reachable from the phone (--bind)?")
                .await().orElseThrow();
    }

    private String header(RecordedRequest request, String name) {
        return request.header(name).orElseThrow(() -> new BenchInfrastructureException("capture of "
                + probe.address().label() + ": the phone's request carries no " + name + " header"));
    }

    /** An object a little over 512 bytes: the 79xx-era firmware refuses it, 40 KB firmware takes it. */
    private int pushLimit() {
        CiscoIPPhoneObject answer = largePush.pushForAnswer(new CiscoIPPhoneText("PhoneBench", "push limit",
                "x".repeat(PROBE_BYTES)));
        return answer instanceof CiscoIPPhoneError ? Generation.CLASSIC_OLD.pushLimitBytes()
                : Generation.CURRENT.pushLimitBytes();
    }

    /** How many of the pages 1..max answer, counting until the first that does not. */
    private static int countPages(int max, java.util.function.IntFunction<?> page) {
        int n = 0;
        while (n < max) {
            try {
                page.apply(n + 1);
            } catch (BenchInfrastructureException | io.phonebench.drivers.phone.PhoneAnswerException e) {
                break;
            }
            n++;
        }
        return Math.max(n, 1);
    }

    static Duration fetchWait() {
        return FETCH_WAIT;
    }
}
