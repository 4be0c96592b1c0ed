package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
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

    private Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(results)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
