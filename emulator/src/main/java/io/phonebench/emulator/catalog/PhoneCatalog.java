package io.phonebench.emulator.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The phone models PhoneBench knows, loaded and validated from YAML; {@link #standard()} is the built-in catalog. */
public final class PhoneCatalog {
    public static final String STANDARD_RESOURCE = "/io/phonebench/emulator/catalog/models.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static volatile PhoneCatalog standard;

    private final Map<String, PhoneModel> models;

    private PhoneCatalog(Map<String, PhoneModel> models) {
        this.models = Collections.unmodifiableMap(models);
    }

    /** The catalog shipped with PhoneBench; loaded once. */
    public static PhoneCatalog standard() {
        PhoneCatalog c = standard;
        if (c == null) {
            try (InputStream in = PhoneCatalog.class.getResourceAsStream(STANDARD_RESOURCE)) {
                if (in == null) {
                    throw new CatalogException(STANDARD_RESOURCE + ": expected the model catalog on the class path,"
                            + " found nothing");
                }
                c = load(STANDARD_RESOURCE, in.readAllBytes());
            } catch (IOException e) {
                throw new CatalogException(STANDARD_RESOURCE + ": unreadable: " + e.getMessage(), e);
            }
            standard = c;
        }
        return c;
    }

    /**
     * @param source names the YAML in error messages (a file name or resource path)
     */
    public static PhoneCatalog load(String source, byte[] yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().lines()
                    .findFirst().orElse("syntax error");
            throw new CatalogException(source + ":" + line + ": not valid YAML: " + message, e);
        } catch (IOException e) {
            throw new CatalogException(source + ": unreadable: " + e.getMessage(), e);
        }
        CatalogLines lines = CatalogLines.of(yaml);
        JsonNode list = root == null ? null : root.get("models");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new CatalogException(source + ":" + lines.of("/models") + ": expected a top-level 'models:' list"
                    + " with at least one model");
        }
        Map<String, PhoneModel> byName = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            PhoneModel model = new ModelEntryReader(source, i, list.get(i), lines).read();
            if (byName.putIfAbsent(model.name(), model) != null) {
                throw new CatalogException(source + ":" + lines.of("/models/" + i + "/name") + ": model "
                        + model.name() + ", field name: expected each model once, saw it again in entry #" + (i + 1));
            }
        }
        return new PhoneCatalog(byName);
    }

    /** The model with exactly this name (as sent in x-CiscoIPPhoneModelName). */
    public PhoneModel model(String name) {
        PhoneModel model = models.get(name);
        if (model == null) {
            throw new UnknownModelException(name, names());
        }
        return model;
    }

    public boolean contains(String name) {
        return models.containsKey(name);
    }

    /** Model names in catalog order. */
    public List<String> names() {
        return List.copyOf(models.keySet());
    }

    public List<PhoneModel> models() {
        return List.copyOf(models.values());
    }
}
