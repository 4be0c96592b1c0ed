package io.phonebench.emulator.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key and value of a catalog file, by JSON pointer ({@code /models/3/display/width}), so that
 * catalog mistakes say FILE:LINE like rig files do. A databind tree forgets where its nodes came from; the streaming
 * parser knows.
 */
final class CatalogLines {
    private static final YAMLFactory FACTORY = new YAMLFactory();
    private final Map<String, Integer> lines;

    private CatalogLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Indexes a document that has already parsed as a tree, so syntax errors are not expected here. */
    static CatalogLines of(byte[] yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String pointer = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                            ? parser.getParsingContext().getParent() == null ? ""
                            : parser.getParsingContext().getParent().pathAsPointer().toString()
                            : parser.getParsingContext().pathAsPointer().toString();
                    lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // Lines are a courtesy: without them messages fall back to the entry's line or line 1.
        }
        return new CatalogLines(lines);
    }

    /** The line of the value at {@code pointer}, else of its nearest ancestor, else 1. */
    int of(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
