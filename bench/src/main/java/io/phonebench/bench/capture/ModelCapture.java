package io.phonebench.bench.capture;

import io.phonebench.bench.service.ServiceHost;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.catalog.PhoneModel.DisplayArea;
import io.phonebench.emulator.catalog.PhoneModel.Generation;
import io.phonebench.emulator.catalog.PhoneModel.ScreenshotFormat;
import io.phonebench.protocol.exchange.RecordedRequest;
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
 * DeviceInformationX, how many port and stream pages answer, the screenshot's size and format (its magic bytes: BMP
 * or PNG), the push limit (an object a little over 512 bytes: refused means the 79xx-era 512, taken means 40 KB),
 * whether it shows colour PNG (its Accept lists image/png and its display header says colour), and what it does with
 * Set-Cookie (a cookie set by the capture's own service host, sent back, then the application closed with
 * Key:Services: still sent means the session is kept on close). What it cannot probe safely (softkeys, lines, the
 * cookie size and count limits, which would need its session filled) is copied from the catalog entry it is compared
 * with, or, for a model the catalog lacks, from the nearest model of its generation; the sources say which.
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
        byte[] screenBytes = probe.screenshotBytes();
        BufferedImage screen = probe.screenshot();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String field : List.of("name", "displayHeader", "sdkVersion", "accept", "acceptCharset",
                "acceptLanguage", "clearsSessionOnClose", "colourPng", "screenshotWidth", "screenshotHeight",
                "ethernetPorts", "rtpStreamSlots", "pushLimitBytes")) {
            sources.put(field, source);
        }
        ScreenshotFormat format = screenshotFormat(screenBytes).map(f -> {
            sources.put("screenshotFormat", source);
            return f;
        }).orElse(base.screenshotFormat());
        Optional<Boolean> clears = sessionClearedOnClose();
        if (clears.isEmpty()) {
            sources.remove("clearsSessionOnClose");   // the phone sent no cookie back at all: nothing learned
        }
        String accept = header(fetch, "Accept");
        boolean colourPng = acceptsPng(accept) && DisplayHeader.parse(displayHeader).colour();
        PhoneModel captured = new PhoneModel(name, generation, display(base, displayHeader, sources, source),
                header(fetch, "x-CiscoIPPhoneSDKVersion"), accept, header(fetch, "Accept-Charset"),
                header(fetch, "Accept-Language"), displayHeader, clears.orElse(base.clearsSessionOnClose()), colourPng,
                format, screen.getWidth(), screen.getHeight(), base.lines(), base.softkeys(),
                countPages(MAX_PORT_PAGES, probe::port), countPages(MAX_STREAM_PAGES, probe::streamingStatistics),
                pushLimit, base.statusObject(), sources);
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

    /** The screenshot's format by its first bytes; empty for anything else (the catalog's value is kept). */
    static Optional<ScreenshotFormat> screenshotFormat(byte[] image) {
        if (image.length >= 2 && image[0] == 'B' && image[1] == 'M') {
            return Optional.of(ScreenshotFormat.BMP);
        }
        if (image.length >= 4 && (image[0] & 0xff) == 0x89 && image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
            return Optional.of(ScreenshotFormat.PNG);
        }
        return Optional.empty();
    }

    /** Whether an Accept header lists image/png (any case, any parameters). */
    static boolean acceptsPng(String accept) {
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].trim();
            if (type.equalsIgnoreCase("image/png")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets a cookie from the capture's own service host, checks the phone sends it back, closes the application
     * (Key:Services, as the nightly cookie tests do) and fetches again. Empty when the phone never sent the cookie
     * back (nothing to learn); true when it was gone after the close. The cookie is deleted at the end.
     */
    private Optional<Boolean> sessionClearedOnClose() {
        String base = "/capture/" + Long.toHexString(System.nanoTime()) + "/cookie";
        String cookie = "pbcapture=" + Long.toHexString(System.nanoTime());
        fetch(base + "/set", ServiceResponse.xml(page("Cookie set")).withCookie(cookie + "; Path=/"));
        RecordedRequest open = fetch(base + "/open", ServiceResponse.xml(page("Cookie sent back")));
        Optional<Boolean> cleared = Optional.empty();
        if (carries(open, cookie)) {
            probe.push(CiscoIPPhoneExecute.of(new io.phonebench.protocol.object.ExecuteItem("Key:Services", null)));
            RecordedRequest closed = fetch(base + "/closed", ServiceResponse.xml(page("Application closed")));
            cleared = Optional.of(!carries(closed, cookie));
        }
        fetch(base + "/forget", ServiceResponse.xml(page("Cookie deleted"))
                .withCookie(cookie.substring(0, cookie.indexOf('=')) + "=; Max-Age=0; Path=/"));
        return cleared;
    }

    private static boolean carries(RecordedRequest request, String cookie) {
        return request.header("Cookie").map(c -> java.util.Arrays.stream(c.split(";")).map(String::trim)
                .anyMatch(cookie::equals)).orElse(false);
    }

    private static CiscoIPPhoneText page(String text) {
        return new CiscoIPPhoneText("PhoneBench", "capture", text);
    }

    private RecordedRequest fetchHeaders() {
        return fetch("/capture/" + Long.toHexString(System.nanoTime()) + "/headers",
                ServiceResponse.xml(page("Headers captured")));
    }

    /** Mounts {@code response} at {@code path}, makes the phone fetch it, and returns the request as it arrived. */
    private RecordedRequest fetch(String path, ServiceResponse response) {
        services.mount(path, response);
        probe.push(CiscoIPPhoneExecute.fetch(services.url(path)));
        try {
            return services.journal().await(r -> r.target().startsWith(path), 1, FETCH_WAIT).get(0);
        } catch (AssertionError none) {
            throw new BenchInfrastructureException("capture of " + probe.address().label() + ": the phone did not "
                    + "fetch " + services.url(path) + " within " + FETCH_WAIT.toSeconds() + " s; is the service host's "
                    + "address reachable from the phone (--bind)? " + none.getMessage());
        }
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
