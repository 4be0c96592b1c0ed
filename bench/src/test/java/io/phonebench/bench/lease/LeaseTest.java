package io.phonebench.bench.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("reliability")
class LeaseTest {
    private static final String RIG = "rig:virtual";
    private static final LeaseTerms NO_WAIT = new LeaseTerms(Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2025-03-01T10:00:00Z"));
    private final LeaseOwner self = LeaseOwner.current();

    private LeaseDirectory leases() {
        return new LeaseDirectory(dir, clock, self);
    }

    @Test
    void secondAcquirerFailsNamingTheHolderAndSince() {
        try (Lease first = leases().acquire(RIG, NO_WAIT)) {
            BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                    () -> leases().acquire(RIG, NO_WAIT));
            assertTrue(error.getMessage().startsWith("rig:virtual is leased by " + self.describe()
                    + " since 2025-03-01T10:00:00Z"), error.getMessage());
            assertTrue(first.isHeld());
        }
    }

    @Test
    void waitingAcquirerGetsTheLeaseOnceItIsReleased() throws Exception {
        Lease first = leases().acquire(RIG, NO_WAIT);
        CompletableFuture<Lease> second = CompletableFuture.supplyAsync(() -> leases().acquire(RIG,
                new LeaseTerms(Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ZERO)));

        first.close();

        try (Lease taken = second.get(5, TimeUnit.SECONDS)) {
            assertTrue(taken.isHeld());
            assertFalse(first.isHeld());
        }
    }

    @Test
    void expiredLeaseIsTakenOverAndItsHolderLearnsItIsLost() {
        Lease stalled = leases().acquire(RIG, NO_WAIT);
        clock.advance(Duration.ofMinutes(2));

        try (Lease taker = leases().acquire(RIG, NO_WAIT)) {
            assertTrue(taker.isHeld());
            BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                    stalled::verifyHeld);
            assertTrue(error.getMessage().startsWith("lease lost on [rig:virtual]"), error.getMessage());
            stalled.close();
            assertTrue(taker.isHeld(), "closing the lost lease must not delete the new holder's file");
        }
    }

    @Test
    void leaseOfADeadProcessOnThisHostIsTakenOver() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor(5, TimeUnit.SECONDS);
        LeaseOwner dead = new LeaseOwner("bench", self.host(), finished.pid(), Optional.empty());
        Files.createDirectories(dir);
        Files.writeString(leases().file(RIG), new LeaseRecord(RIG, dead, "old", clock.instant(),
                clock.instant().plus(Duration.ofHours(1))).format(), StandardCharsets.UTF_8);

        try (Lease lease = leases().acquire(RIG, NO_WAIT)) {
            assertEquals(self, lease.records().get(0).owner());
        }
    }

    @Test
    void liveLeaseOfAnotherHostIsRespected() throws Exception {
        LeaseOwner remote = new LeaseOwner("ci", "other-host", 1, Optional.empty());
        Files.createDirectories(dir);
        Files.writeString(leases().file(RIG), new LeaseRecord(RIG, remote, "remote", clock.instant(),
                clock.instant().plus(Duration.ofHours(1))).format(), StandardCharsets.UTF_8);

        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> leases().acquire(RIG, NO_WAIT));
        assertTrue(error.getMessage().contains("ci@other-host pid 1"), error.getMessage());
    }

    @Test
    void closeReleasesTheFileAndIsIdempotent() {
        Lease lease = leases().acquire(RIG, NO_WAIT);
        assertTrue(Files.exists(leases().file(RIG)));

        lease.close();
        lease.close();

        assertFalse(Files.exists(leases().file(RIG)));
        assertEquals(Optional.empty(), leases().holder(RIG));
    }

    @Test
    void aDirectoryNotThereYetIsCreatedAndOneRemovedMidRunLosesTheLease() throws Exception {
        Path nested = dir.resolve("not/there/yet");
        Lease lease = new LeaseDirectory(nested, clock, self).acquire(RIG, NO_WAIT);
        assertTrue(Files.isRegularFile(new LeaseDirectory(nested, clock, self).file(RIG)));
        lease.verifyHeld();

        Files.delete(new LeaseDirectory(nested, clock, self).file(RIG));
        Files.delete(nested.resolve(".guard"));
        Files.delete(nested);

        BenchInfrastructureException lost = assertThrows(BenchInfrastructureException.class, lease::verifyHeld);
        assertTrue(lost.getMessage().startsWith("lease lost on [" + RIG + "]"), lost.getMessage());
        assertTrue(Files.isDirectory(nested), "the check makes the directory again to look in it");
        lease.close();
    }

    @Test
    void heartbeatRenewsTheExpiry() {
        LeaseTerms beating = new LeaseTerms(Duration.ofMinutes(1), Duration.ZERO, Duration.ofMillis(20));
        try (Lease lease = leases().acquire(RIG, beating)) {
            Instant firstExpiry = lease.records().get(0).expiry();
            clock.advance(Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!leases().holder(RIG).orElseThrow().expiry().isAfter(firstExpiry)
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(firstExpiry.plusSeconds(30), leases().holder(RIG).orElseThrow().expiry());
        }
    }

    @Test
    void severalResourcesAreLeasedAllOrNothing() {
        try (Lease phoneB = leases().acquire("phone:virtual/b", NO_WAIT)) {
            assertThrows(BenchInfrastructureException.class,
                    () -> leases().acquire(List.of("phone:virtual/a", "phone:virtual/b"), NO_WAIT));
            assertEquals(Optional.empty(), leases().holder("phone:virtual/a"));
            assertTrue(phoneB.isHeld());
        }
    }

    @Test
    void namesThatOnceSanitisedAlikeAreTwoLeases() {
        try (Lease both = leases().acquire(List.of("phone:desk 1", "phone:desk_1"), NO_WAIT)) {
            assertTrue(both.isHeld());
            assertFalse(leases().file("phone:desk 1").equals(leases().file("phone:desk_1")));
            assertEquals(2, both.records().size());
        }
    }

    @Test
    void everyLeaseFileStaysInTheDirectory() {
        for (String resource : List.of("..", ".", "../../etc/passwd", "relay:/dev/ttyUSB0#3", "x".repeat(400))) {
            Path file = leases().file(resource);
            assertEquals(dir, file.getParent(), resource);
            assertTrue(file.getFileName().toString().length() < 200, file.toString());
        }
        assertFalse(leases().file("x".repeat(400)).equals(leases().file("x".repeat(401))));
    }

    @Test
    void aLeaseFileThatIsNotUtf8IsTakenOver() throws Exception {
        Files.createDirectories(dir);
        Files.write(leases().file(RIG), new byte[] {(byte) 0xFF, (byte) 0xFE, 'u', 's', 'e', 'r', '=', (byte) 0xC3});

        try (Lease lease = leases().acquire(RIG, NO_WAIT)) {
            assertTrue(lease.isHeld());
            assertEquals(self, leases().holder(RIG).orElseThrow().owner());
        }
    }

    @Test
    void aLeaseFileOfAnotherResourceIsTakenOver() throws Exception {
        LeaseOwner remote = new LeaseOwner("ci", "other-host", 1, Optional.empty());
        Files.createDirectories(dir);
        Files.writeString(leases().file(RIG), new LeaseRecord("rig:other", remote, "remote", clock.instant(),
                clock.instant().plus(Duration.ofHours(1))).format(), StandardCharsets.UTF_8);

        try (Lease lease = leases().acquire(RIG, NO_WAIT)) {
            assertTrue(lease.isHeld());
        }
    }

    @Test
    void aResourceWithALineBreakIsRefused() {
        assertThrows(BenchInfrastructureException.class,
                () -> leases().acquire("phone:a\nuser=forged", NO_WAIT));
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
