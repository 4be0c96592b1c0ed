package io.phonebench.emulator.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one phone model is, as its firmware presents itself to services: the facts the reference model and the
 * bench need. Loaded from {@code /io/phonebench/emulator/catalog/models.yaml}; adding a model needs no code.
 *
 * @param name                  model name exactly as sent in x-CiscoIPPhoneModelName, e.g. {@code CP-7970G}
 * @param generation            firmware generation, which decides charset rules and the push limit
 * @param display               service display area (x-CiscoIPPhoneDisplay), empty for models without XML images
 * @param sdkVersion            x-CiscoIPPhoneSDKVersion, e.g. {@code 5.0.3}
 * @param accept                the Accept header exactly as the model sends it (spacing included)
 * @param acceptCharset         the Accept-Charset header exactly as the model sends it
 * @param acceptLanguage        the Accept-Language header (from the user locale), e.g. {@code en-US} or {@code en_US}
 * @param displayHeader         x-CiscoIPPhoneDisplay exactly as the model sends it; every model sends one (seed:
 *                              the phone sends its model name, display and SDK version with every request)
 * @param clearsSessionOnClose  whether cookie sessions are cleared when the application window closes
 * @param colourPng             whether the model shows colour PNG images (7960-class needs grey CIP instead)
 * @param screenshotFormat      the format /CGI/Screenshot answers in
 * @param screenshotWidth       width of the screenshot image (the panel, not the service area)
 * @param screenshotHeight      height of the screenshot image
 * @param lines                 line keys
 * @param softkeys              softkeys shown at once
 * @param ethernetPorts         PortInformationX?n range: 1..ethernetPorts
 * @param rtpStreamSlots        StreamingStatisticsX?n range: 1..rtpStreamSlots
 * @param pushLimitBytes        largest object accepted by POST /CGI/Execute (512 on 79xx-era firmware)
 * @param statusObject          whether Cisco lists the model as showing CiscoIPPhoneStatus(File), as not showing
 *                              it, or says nothing (docs/reference-model.md, Status object)
 * @param sources               where a field's value comes from, by field name (a capture of a real phone, a
 *                              Cisco document); fields not listed follow the Cisco SDK text named in the catalog
 */
public record PhoneModel(
        String name,
        Generation generation,
        Optional<DisplayArea> display,
        String sdkVersion,
        String accept,
        String acceptCharset,
        String acceptLanguage,
        String displayHeader,
        boolean clearsSessionOnClose,
        boolean colourPng,
        ScreenshotFormat screenshotFormat,
        int screenshotWidth,
        int screenshotHeight,
        int lines,
        int softkeys,
        int ethernetPorts,
        int rtpStreamSlots,
        int pushLimitBytes,
        StatusObject statusObject,
        Map<String, String> sources) {

    /** Source of a value that follows the SDK text rather than a capture. */
    public static final String SDK_TEXT = "Cisco SDK text";

    public PhoneModel {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** Where the value of {@code field} comes from: a capture or document named in the catalog, else the SDK text. */
    public String source(String field) {
        return sources.getOrDefault(field, SDK_TEXT);
    }

    /**
     * The headers this model sends with every HTTP GET, in the order the phone sends them. Every model sends the
     * three capability headers (model name, display, SDK version); a model without an XML image area still sends
     * x-CiscoIPPhoneDisplay (its text panel), the catalog's {@code displayHeader}.
     */
    public Map<String, String> requestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-CiscoIPPhoneModelName", name);
        headers.put("x-CiscoIPPhoneDisplay", displayHeader);
        headers.put("x-CiscoIPPhoneSDKVersion", sdkVersion);
        headers.put("Accept", accept);
        headers.put("Accept-Language", acceptLanguage);
        headers.put("Accept-Charset", acceptCharset);
        return Collections.unmodifiableMap(headers);
    }

    /** PortInformationX?n answers for n in 1..ethernetPorts, otherwise 404. */
    public boolean hasPort(int n) {
        return n >= 1 && n <= ethernetPorts;
    }

    /** StreamingStatisticsX?n answers for n in 1..rtpStreamSlots, otherwise 404. */
    public boolean hasStreamSlot(int n) {
        return n >= 1 && n <= rtpStreamSlots;
    }

    /** Firmware generations; charset rules and limits follow the generation, not the individual model. */
    public enum Generation {
        /** 7905, 7912, 7940, 7960: ISO-8859-1 first, only locale characters displayed. */
        CLASSIC_OLD("iso-8859-1, utf-8;q=0.8", 512),
        /** 7911, 7941, 7961, 7970, 7971, 7945, 7965, 7975: UTF-8 first, Unicode fonts. */
        CLASSIC_NEW("utf-8,iso-8859-1;q=0.8", 512),
        /** 78xx, 88xx, 98xx on firmware 9.1.1+: 40 KB pushes. */
        CURRENT("utf-8,iso-8859-1;q=0.8", 40960);

        private final String acceptCharset;
        private final int pushLimitBytes;

        Generation(String acceptCharset, int pushLimitBytes) {
            this.acceptCharset = acceptCharset;
            this.pushLimitBytes = pushLimitBytes;
        }

        /**
         * Accept-Charset as the SDK text gives it for this generation (seed, "HTTP Requests and Header Settings").
         * A model's catalog entry may differ when a capture shows its firmware sending something else.
         */
        public String acceptCharset() {
            return acceptCharset;
        }

        /** The push limit of this generation's SDK text (docs/xml-object-reference.md §1). */
        public int pushLimitBytes() {
            return pushLimitBytes;
        }
    }

    /** x-CiscoIPPhoneDisplay: {@code width, height, depth, C|G}. */
    public record DisplayArea(int width, int height, int depth, boolean colour) {
        public String header() {
            return width + ", " + height + ", " + depth + ", " + (colour ? "C" : "G");
        }
    }

    public enum ScreenshotFormat { BMP, PNG }

    /**
     * Cisco's word on CiscoIPPhoneStatus for the model: listed as supported, listed as not supported, or no statement
     * (then the bench accepts either behaviour). Catalog entries without the field are {@code UNDOCUMENTED}.
     */
    public enum StatusObject { SUPPORTED, UNSUPPORTED, UNDOCUMENTED }
}
