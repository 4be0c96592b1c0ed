package io.phonebench.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The firmware each phone reported (DeviceInformationX, recorded as the {@code firmware} label of its results), read
 * back from an allure-results directory after a run: the environment and the certification matrix say what ran,
 * not what was asked for.
 */
public final class ReportedFirmware {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportedFirmware() {
    }

    /** Phone name to the firmware it reported; phones that never answered DeviceInformationX are absent. */
    public static Map<String, String> byPhone(Path results) {
        Map<String, String> firmware = new TreeMap<>();
        if (!Files.isDirectory(results)) {
            return firmware;
        }
        try (Stream<Path> files = Files.list(results)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("-result.json")).toList()) {
                JsonNode labels = JSON.readTree(f.toFile()).path("labels");
                String phone = null;
                String version = null;
                for (JsonNode label : labels) {
                    switch (label.path("name").asText()) {
                        case "phone" -> phone = label.path("value").asText();
                        case "firmware" -> version = label.path("value").asText();
                        default -> { }
                    }
                }
                if (phone != null && version != null) {
                    firmware.putIfAbsent(phone, version);
                }
            }
            return firmware;
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot read the results in " + results + ": " + e.getMessage(), e);
        }
    }
}
