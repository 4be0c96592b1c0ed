package io.phonebench.emulator.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.phonebench.emulator.catalog.PhoneModel.DisplayArea;
import io.phonebench.emulator.catalog.PhoneModel.Generation;
import io.phonebench.emulator.catalog.PhoneModel.ScreenshotFormat;
import io.phonebench.emulator.catalog.PhoneModel.StatusObject;
import io.phonebench.protocol.header.AcceptCharsetHeader;
import io.phonebench.protocol.header.AcceptHeader;
import io.phonebench.protocol.header.AcceptLanguageHeader;
import io.phonebench.protocol.header.DisplayHeader;
import io.phonebench.protocol.header.HeaderSyntaxException;
import io.phonebench.protocol.header.SdkVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns one catalog entry into a {@link PhoneModel}, checking every field. A mistake names the source, the model and
 * the field, and says what was expected and what was there.
 */
final class ModelEntryReader {
    private static final Set<String> FIELDS = Set.of("name", "generation", "display", "sdkVersion", "accept",
            "acceptCharset", "acceptLanguage", "clearsSessionOnClose", "colourPng", "screenshotFormat",
            "screenshotWidth", "screenshotHeight", "lines", "softkeys", "ethernetPorts", "rtpStreamSlots",
            "pushLimitBytes", "displayHeader", "statusObject", "sources");
    private static final Set<String> DISPLAY_FIELDS = Set.of("width", "height", "depth", "colour");

    private final String source;
    private final JsonNode entry;
    private final String model;
    private final CatalogLines lines;
    private final String pointer;

    ModelEntryReader(String source, int index, JsonNode entry, CatalogLines lines) {
        this.source = source;
        this.entry = entry;
        this.lines = lines;
        this.pointer = "/models/" + index;
        JsonNode name = entry.get("name");
        this.model = name != null && name.isTextual() && !name.asText().isBlank()
                ? name.asText() : "#" + (index + 1) + " (no name)";
    }

    PhoneModel read() {
        if (!entry.isObject()) {
            throw problem("entry", "a mapping of model fields", entry.getNodeType().toString());
        }
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new CatalogException(source + ":" + lines.of(pointer + "/" + field) + ": model " + model
                        + ": unknown field '" + field + "'" + NearestName.of(field, FIELDS)
                        .map(n -> ": did you mean '" + n + "'?").orElse(": expected one of " + sorted(FIELDS)));
            }
        }
        Generation generation = enumValue("generation", Generation.class);
        Map<String, String> sources = sources();
        String acceptCharset = header("acceptCharset", AcceptCharsetHeader::parse);
        // A value other than the SDK's for the generation needs the capture that shows it (e.g. the CP-7942G).
        if (!acceptCharset.equals(generation.acceptCharset()) && !sources.containsKey("acceptCharset")) {
            throw problem("acceptCharset", "'" + generation.acceptCharset() + "' for " + generation
                    + ", or another value with its source under sources.acceptCharset", "'" + acceptCharset + "'");
        }
        int pushLimit = positive("pushLimitBytes");
        if (pushLimit != generation.pushLimitBytes()) {
            throw problem("pushLimitBytes", generation.pushLimitBytes() + " for " + generation, "" + pushLimit);
        }
        StatusObject statusObject = entry.has("statusObject") ? enumValue("statusObject", StatusObject.class)
                : StatusObject.UNDOCUMENTED;
        // Cisco's word either way is a citation: a supported or unsupported Status object names its source.
        if (statusObject != StatusObject.UNDOCUMENTED && !sources.containsKey("statusObject")) {
            throw problem("statusObject", "UNDOCUMENTED, or " + statusObject + " with the Cisco document under"
                    + " sources.statusObject", statusObject.name());
        }
        Optional<DisplayArea> display = display();
        int screenshotWidth = positive("screenshotWidth");
        int screenshotHeight = positive("screenshotHeight");
        String displayHeader = entry.has("displayHeader") ? header("displayHeader", DisplayHeader::parse)
                : display.map(DisplayArea::header).orElse(screenshotWidth + ", " + screenshotHeight + ", 1, G");
        header("sdkVersion", SdkVersion::parse);
        return new PhoneModel(text("name"), generation, display, text("sdkVersion"), accept(), acceptCharset,
                header("acceptLanguage", AcceptLanguageHeader::parse), displayHeader, bool("clearsSessionOnClose"),
                bool("colourPng"), enumValue("screenshotFormat", ScreenshotFormat.class), screenshotWidth,
                screenshotHeight, positive("lines"), positive("softkeys"), positive("ethernetPorts"),
                positive("rtpStreamSlots"), pushLimit, statusObject, sources);
    }

    /** A header value as the phone sends it: kept verbatim, but it must parse the way the bench reads it. */
    private String header(String field, Function<String, ?> parser) {
        String value = text(field);
        try {
            parser.apply(value);
        } catch (HeaderSyntaxException e) {
            throw problem(field, "a header value the phone could send (" + e.getMessage() + ")", "'" + value + "'");
        }
        return value;
    }

    private Map<String, String> sources() {
        JsonNode node = entry.get("sources");
        Map<String, String> sources = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return sources;
        }
        if (!node.isObject()) {
            throw problem("sources", "a mapping of field name to source", node.toString());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!FIELDS.contains(e.getKey()) || e.getKey().equals("sources")) {
                throw problem("sources." + e.getKey(), "one of the fields " + sorted(FIELDS), "unknown field");
            }
            if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                throw problem("sources." + e.getKey(), "the source as text", e.getValue().toString());
            }
            sources.put(e.getKey(), e.getValue().asText());
        }
        return sources;
    }

    private Optional<DisplayArea> display() {
        JsonNode node = required("display");
        if (node.isTextual() && node.asText().equals("none")) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw problem("display", "'none' or { width, height, depth, colour }", node.toString());
        }
        for (String f : DISPLAY_FIELDS) {
            if (!node.has(f)) {
                throw problem("display." + f, "a value", "nothing");
            }
        }
        if (node.size() != DISPLAY_FIELDS.size()) {
            throw problem("display", "exactly the fields " + sorted(DISPLAY_FIELDS), node.toString());
        }
        int width = positive(node.get("width"), "display.width");
        int height = positive(node.get("height"), "display.height");
        int depth = positive(node.get("depth"), "display.depth");
        if (!node.get("colour").isBoolean()) {
            throw problem("display.colour", "true or false", node.get("colour").toString());
        }
        return Optional.of(new DisplayArea(width, height, depth, node.get("colour").asBoolean()));
    }

    /**
     * Accept as the phone sends it: a text (spelling kept, as captured) or a list of media ranges, which the phone
     * sends separated by {@code ", "}.
     */
    private String accept() {
        JsonNode node = required("accept");
        if (node.isTextual()) {
            return header("accept", AcceptHeader::parse);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw problem("accept", "the header as text or a non-empty list of media ranges", node.toString());
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : node) {
            if (!v.isTextual() || v.asText().isBlank()) {
                throw problem("accept", "media ranges as text", v.toString());
            }
            values.add(v.asText());
        }
        String joined = String.join(", ", values);
        try {
            AcceptHeader.parse(joined);
        } catch (HeaderSyntaxException e) {
            throw problem("accept", "media ranges the phone could send (" + e.getMessage() + ")", node.toString());
        }
        return joined;
    }

    private String text(String field) {
        JsonNode node = required(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw problem(field, "non-empty text", node.toString());
        }
        return node.asText();
    }

    private boolean bool(String field) {
        JsonNode node = required(field);
        if (!node.isBoolean()) {
            throw problem(field, "true or false", node.toString());
        }
        return node.asBoolean();
    }

    private int positive(String field) {
        return positive(required(field), field);
    }

    private int positive(JsonNode node, String field) {
        if (!node.isInt() || node.asInt() <= 0) {
            throw problem(field, "a positive whole number", node.toString());
        }
        return node.asInt();
    }

    private <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = text(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw problem(field, "one of " + Arrays.toString(type.getEnumConstants()), "'" + value + "'");
        }
    }

    private JsonNode required(String field) {
        JsonNode node = entry.get(field);
        if (node == null || node.isNull()) {
            throw problem(field, "a value", "nothing");
        }
        return node;
    }

    private CatalogException problem(String field, String expected, String seen) {
        return new CatalogException(source + ":" + lines.of(pointer + "/" + field.replace('.', '/')) + ": model "
                + model + ", field " + field + ": expected " + expected + ", saw " + seen);
    }

    private static String sorted(Set<String> names) {
        return names.stream().sorted().toList().toString();
    }
}
