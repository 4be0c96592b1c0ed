package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicResultsWriterTest {
    @TempDir
    Path results;

    @Test
    void writesResultsAndContainersWithFixturesButNotContainersWithout() throws IOException {
        AtomicResultsWriter writer = new AtomicResultsWriter(results);

        writer.write(new TestResult().setUuid("test"));
        writer.write(new TestResultContainer().setUuid("class").setChildren(List.of("test")));
        writer.write(new TestResultContainer().setUuid("nulls").setBefores(null).setAfters(null));
        writer.write(new TestResultContainer().setUuid("set-up").setChildren(List.of("test"))
                .setBefores(List.of(new FixtureResult().setName("run log"))));
        writer.write(new TestResultContainer().setUuid("tear-down").setChildren(List.of("test"))
                .setAfters(List.of(new FixtureResult().setName("power off"))));
        writer.finish();

        assertEquals(Set.of("test-result.json", "set-up-container.json", "tear-down-container.json"), files());
        assertTrue(writer.failures().isEmpty(), "failed writes: " + writer.failures());
    }

    @Test
    void attachmentsArriveWholeBeforeAnyResultAndAfterTheStagingDirectoryWentAway() throws IOException {
        AtomicResultsWriter writer = new AtomicResultsWriter(results);

        writer.write("first-attachment.txt", stream("console tail"));
        writer.write(new TestResult().setUuid("test"));
        writer.finish();
        writer.write("late-attachment.xml", stream("<CiscoIPPhoneResponse/>"));
        writer.write("../outside.txt", stream("never written"));

        assertEquals("console tail", Files.readString(results.resolve("first-attachment.txt")));
        assertEquals("<CiscoIPPhoneResponse/>", Files.readString(results.resolve("late-attachment.xml")));
        assertEquals(Set.of("first-attachment.txt", "test-result.json", "late-attachment.xml",
                AtomicResultsWriter.STAGING), files());
        assertEquals(1, writer.failures().orElseThrow().count(), "the name outside the results directory");
        assertTrue(Files.notExists(results.resolveSibling("outside.txt")));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
