package io.phonebench.emulator.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param accept                the Accept header's values, in order
 * @param acceptCharset         the Accept-Charset header exactly as the model sends it
 * @param acceptLanguage        the Accept-Language header (from the user locale), e.g. {@code en-US}
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
 */
public record PhoneModel(
        String name,
        Generation generation,
        Optional<DisplayArea> display,
        String sdkVersion,
        List<String> accept,
        String acceptCharset,
        String acceptLanguage,
        boolean clearsSessionOnClose,
        boolean colourPng,
        ScreenshotFormat screenshotFormat,
        int screenshotWidth,
        int screenshotHeight,
        int lines,
        int softkeys,
        int ethernetPorts,
        int rtpStreamSlots,
        int pushLimitBytes) {

    public PhoneModel {
        accept = List.copyOf(accept);
    }

    /**
     * The headers this model sends with every HTTP GET, in the order the phone sends them. Models without an XML
     * image area send no x-CiscoIPPhoneDisplay.
     */
    public Map<String, String> requestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-CiscoIPPhoneModelName", name);
        display.ifPresent(d -> headers.put("x-CiscoIPPhoneDisplay", d.header()));
        headers.put("x-CiscoIPPhoneSDKVersion", sdkVersion);
        headers.put("Accept", String.join(", ", accept));
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

        /** Accept-Charset exactly as phones of this generation send it (http-interface.md). */
        public String acceptCharset() {
            return acceptCharset;
        }

        /** The push limit of this generation's SDK text (xml-objects.md §1). */
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
}
