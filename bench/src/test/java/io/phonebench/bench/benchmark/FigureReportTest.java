package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How figures are written: name=value lines, or one JSON object a script can read. */
class FigureReportTest {
    private final List<Figure> figures = List.of(new Figure("push_overhead_ratio", 1.04321),
            new Figure("virtual_phones_per_jvm", 500), new Figure("rtp_receiver_pps", 3_894_512.7));

    @Test
    void printsOneNameValueLinePerFigureToFourSignificantDigits() {
        assertEquals("push_overhead_ratio=1.043\nvirtual_phones_per_jvm=500\nrtp_receiver_pps=3895000\n",
                Benchmark.lines(figures));
    }

    @Test
    void printsJsonThatParsesBackToTheSameFigures() throws Exception {
        JsonNode json = new ObjectMapper().readTree(Benchmark.json(figures));
        assertEquals(4, json.size(), "three figures and the notes: " + json);
        assertTrue(json.get("notes").isObject() && json.get("notes").isEmpty(), "no figure carries a note: " + json);
        assertEquals(1.043, json.get("push_overhead_ratio").doubleValue(), 1e-9);
        assertEquals(500, json.get("virtual_phones_per_jvm").intValue());
        assertTrue(json.get("rtp_receiver_pps").isNumber());
    }

    @Test
    void refusesAFigureThatIsNotFinite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Figure("screen_compare_ratio", Double.NaN));
        assertTrue(e.getMessage().contains("screen_compare_ratio"), e.getMessage());
    }

    @Test
    void refusesANameThatIsNotSnakeCase() {
        assertThrows(IllegalArgumentException.class, () -> new Figure("Push Overhead", 1));
    }
}
