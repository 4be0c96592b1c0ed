package io.phonebench.bench.capture;

import io.phonebench.emulator.catalog.PhoneModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalog entry learned from a phone, the entry the catalog has for that model (if any), and how they differ.
 *
 * @param source the capture's description, recorded on every probed value
 */
public record CapturedModel(PhoneModel captured, Optional<PhoneModel> current, String source) {

    /** The entry's fields as the catalog's YAML writes them, in the catalog's order. */
    static Map<String, String> fields(PhoneModel m) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", m.name());
        f.put("generation", m.generation().name());
        f.put("display", m.display().map(d -> "{ width: " + d.width() + ", height: " + d.height() + ", depth: "
                + d.depth() + ", colour: " + d.colour() + " }").orElse("none"));
        f.put("displayHeader", quoted(m.displayHeader()));
        f.put("sdkVersion", quoted(m.sdkVersion()));
        f.put("accept", quoted(m.accept()));
        f.put("acceptCharset", quoted(m.acceptCharset()));
        f.put("acceptLanguage", quoted(m.acceptLanguage()));
        f.put("clearsSessionOnClose", Boolean.toString(m.clearsSessionOnClose()));
        f.put("colourPng", Boolean.toString(m.colourPng()));
        f.put("screenshotFormat", m.screenshotFormat().name());
        f.put("screenshotWidth", Integer.toString(m.screenshotWidth()));
        f.put("screenshotHeight", Integer.toString(m.screenshotHeight()));
        f.put("lines", Integer.toString(m.lines()));
        f.put("softkeys", Integer.toString(m.softkeys()));
        f.put("ethernetPorts", Integer.toString(m.ethernetPorts()));
        f.put("rtpStreamSlots", Integer.toString(m.rtpStreamSlots()));
        f.put("pushLimitBytes", Integer.toString(m.pushLimitBytes()));
        f.put("statusObject", m.statusObject().name());
        return f;
    }

    /** The proposal as one catalog entry, with the source of each value under {@code sources}. */
    public String yaml() {
        StringBuilder y = new StringBuilder();
        Map<String, String> fields = fields(captured);
        fields.forEach((k, v) -> y.append(k.equals("name") ? "  - " : "    ").append(k).append(": ").append(v)
                .append('\n'));
        y.append("    sources:\n");
        for (String k : fields.keySet()) {
            y.append("      ").append(k).append(": ")
                    .append(quoted(captured.sources().getOrDefault(k, notProbed(k)))).append('\n');
        }
        return y.toString();
    }

    /** Field by field where the capture differs from the catalog: "field: catalog 'x' -> captured 'y'". */
    public List<String> differences() {
        List<String> diff = new ArrayList<>();
        if (current.isEmpty()) {
            diff.add("model " + captured.name() + " is not in the catalog: the whole entry is new");
            return diff;
        }
        Map<String, String> was = fields(current.get());
        fields(captured).forEach((k, v) -> {
            if (!v.equals(was.get(k))) {
                diff.add(k + ": catalog " + was.get(k) + " -> captured " + v);
            }
        });
        return diff;
    }

    /** The differences as a unified-diff-like text, or a line saying there are none. */
    public String diffText() {
        List<String> diff = differences();
        return diff.isEmpty() ? "no differences from the catalog entry of " + captured.name() + "\n"
                : diff.stream().map(d -> "~ " + d).collect(Collectors.joining("\n", "", "\n"));
    }

    private String notProbed(String field) {
        return current.map(c -> "catalog (not probed): " + c.source(field)).orElse("not probed");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
