package io.phonebench.bench.verdict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.phonebench.drivers.BenchInfrastructureException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void brokenOutranksFailedWhenCombined() {
        Verdict combined = Verdict.failed("title differs").and(Verdict.broken("phone unreachable"));
        assertEquals(Outcome.BROKEN, combined.outcome());
        assertEquals("title differs; phone unreachable", combined.summary());
    }

    @Test
    void combiningWithAPassKeepsOnlyTheProblemSummary() {
        Verdict combined = Verdict.passed("xml matches", Evidence.xml("expected", "<a/>"))
                .and(Verdict.failed("screen differs", Evidence.text("diff", "3 pixels")));
        assertEquals(Outcome.FAILED, combined.outcome());
        assertEquals("screen differs", combined.summary());
        assertEquals(2, combined.evidence().size());
    }

    @Test
    void failedVerdictThrowsAnAssertionErrorCarryingIt() {
        Verdict verdict = Verdict.failed("expected 4 cookies, saw 5");
        VerdictFailedError error = assertThrows(VerdictFailedError.class, verdict::orThrow);
        assertSame(verdict, error.verdict());
        assertEquals("expected 4 cookies, saw 5", error.getMessage());
    }

    @Test
    void brokenVerdictThrowsAnInfrastructureException() {
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                Verdict.broken("relay board1 silent")::orThrow);
        assertEquals("relay board1 silent", error.getMessage());
    }

    @Test
    void passedVerdictThrowsNothing() {
        assertDoesNotThrow(Verdict.passed("ok")::orThrow);
    }

    @Test
    void exceptionsMapToOutcomes() {
        assertEquals(Outcome.FAILED, Verdict.of(new AssertionError("x")).outcome());
        assertEquals(Outcome.BROKEN, Verdict.of(new BenchInfrastructureException("lease lost")).outcome());
        assertEquals(Outcome.BROKEN, Verdict.of(new IllegalStateException()).outcome());
    }

    @Test
    void evidenceCannotBeChangedAfterTheFact() {
        byte[] bytes = "GET /menu".getBytes(StandardCharsets.UTF_8);
        Evidence evidence = new Evidence("trace", "text/plain", "txt", bytes);
        bytes[0] = 'X';
        evidence.content()[1] = 'Y';
        assertArrayEquals("GET /menu".getBytes(StandardCharsets.UTF_8), evidence.content());
    }

    @Test
    void pngEvidenceIsAPng() {
        Evidence png = Evidence.png("actual", new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
        assertEquals("image/png", png.mediaType());
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png.content(), 4));
        assertEquals(List.of(png), Verdict.passed("ok", png).evidence());
    }
}
