package io.phonebench.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllureCommandlineTest {
    @TempDir
    Path dir;

    @Test
    void unpacksTheZipOnceAndLeavesNoStagingBehind() throws IOException {
        Path zip = zip(Map.of(AllureCommandline.DIR_NAME + "/bin/allure", "#!/bin/sh\n",
                AllureCommandline.DIR_NAME + "/lib/allure.jar", "jar"));
        Path home = dir.resolve("home");

        Path script = AllureCommandline.unpack(zip, home);

        assertEquals(home.resolve(AllureCommandline.DIR_NAME).resolve("bin").resolve("allure"), script);
        assertTrue(Files.isExecutable(script), "bin/allure is executable");
        assertEquals("jar", Files.readString(home.resolve(AllureCommandline.DIR_NAME).resolve("lib")
                .resolve("allure.jar")));
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(home.resolve(AllureCommandline.DIR_NAME)), left.toList(), "no staging left");
        }
        Files.delete(zip); // unpacked once: the second call does not read the zip again
        assertEquals(script, AllureCommandline.unpack(zip, home));
    }

    @Test
    void refusesAnEntryThatPointsOutsideTheArchiveAndRemovesWhatItHadUnpacked() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(AllureCommandline.DIR_NAME + "/bin/allure", "#!/bin/sh\n");
        entries.put(AllureCommandline.DIR_NAME + "/../../escaped", "x");
        Path zip = zip(entries);
        Path home = dir.resolve("home");

        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> AllureCommandline.unpack(zip, home));
        assertTrue(e.getMessage().contains("points outside the archive"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("escaped")));
        assertFalse(Files.exists(home.resolve("escaped")));
        try (Stream<Path> left = Files.list(home)) {
            assertEquals(List.of(), left.toList(), "nothing half-unpacked left");
        }
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path zip = dir.resolve("allure-commandline.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
