package io.phonebench.protocol.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recorded headers in one array behave as the map of lists they were made from. */
class HeaderFieldsTest {
    private static Map<String, List<String>> sent() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.1.2:80"));
        headers.put("Accept", List.of("text/xml", "image/png"));
        headers.put("x-CiscoIPPhoneModelName", List.of("CP-7970G"));
        return headers;
    }

    @Test
    void isTheMapItWasMadeFromInOrder() {
        HeaderFields fields = HeaderFields.copyOf(sent());

        assertEquals(sent(), fields);
        assertEquals(sent().hashCode(), fields.hashCode());
        assertEquals(List.of("Host", "Accept", "x-CiscoIPPhoneModelName"), List.copyOf(fields.keySet()));
        assertEquals(List.of("text/xml", "image/png"), fields.get("Accept"));
        assertNull(fields.get("accept"), "Map lookups keep the names as sent");
        assertTrue(fields.containsKey("Host"));
        assertFalse(fields.containsKey("Cookie"));
        assertEquals(3, fields.size());
    }

    @Test
    void findsTheFirstValueWhateverTheNamesCase() {
        HeaderFields fields = HeaderFields.copyOf(sent());

        assertEquals("text/xml", fields.first("ACCEPT"));
        assertEquals("CP-7970G", fields.first("x-ciscoipphonemodelname"));
        assertNull(fields.first("Cookie"));
    }

    @Test
    void cannotBeChangedAndIsNotCopiedAgain() {
        HeaderFields fields = HeaderFields.copyOf(sent());

        assertThrows(UnsupportedOperationException.class, () -> fields.put("Cookie", List.of("a=1")));
        assertThrows(UnsupportedOperationException.class, () -> fields.get("Accept").add("x"));
        assertThrows(UnsupportedOperationException.class, () -> fields.entrySet().iterator().next().setValue(null));
        assertSame(fields, HeaderFields.copyOf(fields));
    }

    @Test
    void weighsWhatTheOldMapOfListsWeighed() {
        long expected = 0;
        for (Map.Entry<String, List<String>> h : sent().entrySet()) {
            expected += h.getKey().length();
            for (String v : h.getValue()) {
                expected += v.length() + 16;
            }
        }

        assertEquals(expected, HeaderFields.copyOf(sent()).weight());
    }

    @Test
    void keepsNoNameWithoutAValue() {
        Map<String, List<String>> headers = new LinkedHashMap<>(sent());
        headers.put("X-Empty", List.of());

        assertEquals(sent(), HeaderFields.copyOf(headers));
    }
}
