package io.phonebench.bench.rig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML document as a tree that remembers the line of every node, so rig errors can say FILE:LINE. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
    int line();

    /** What the node is, in words for "expected ..., found ..." messages. */
    String describe();

    /** A key of a mapping with the line it is written on. */
    record Entry(String key, int line, YamlNode value) {
    }

    record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with the kind YAML gave it: a quoted "8080" is text, a plain 8080 a number. */
    record Scalar(String text, Kind kind, int line) implements YamlNode {
        enum Kind { TEXT, WHOLE_NUMBER, DECIMAL, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "nothing";
                case TEXT -> "'" + SafeName.printable(text) + "'";
                default -> text;
            };
        }
    }
}
