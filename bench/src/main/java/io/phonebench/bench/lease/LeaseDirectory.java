package io.phonebench.bench.lease;

import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lease files in one directory, one per leased resource. Every read-check-write happens under a guard (an OS file
 * lock on {@code .guard} plus an in-process lock), so two benches never both take over the same stale lease. The
 * lease file itself is created with CREATE_NEW.
 */
public final class LeaseDirectory implements LeaseStore, LeaseBackend {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseDirectory.class);
    /** Longest encoded resource kept readable in a file name; longer ones end in a hash (names stay < 255 bytes). */
    private static final int READABLE_NAME = 120;
    private static final String CORRUPT = "corrupt";
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();
    private static final Duration GUARD_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Another bench's release is no event this one can wait on, so a wait for a lease looks again this often: the
     * bench's longest poll step, so a freed phone is taken within 50 ms.
     */
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path dir;
    private final Clock clock;
    private final LeaseOwner self;

    public LeaseDirectory(Path dir, Clock clock, LeaseOwner self) {
        this.dir = dir;
        this.clock = clock;
        this.self = self;
    }

    /** {@code $PHONEBENCH_LEASE_DIR}, else {@code ~/.phonebench/leases}. */
    public static LeaseDirectory standard() {
        String configured = System.getenv("PHONEBENCH_LEASE_DIR");
        Path dir = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".phonebench", "leases");
        return new LeaseDirectory(dir, Clock.systemUTC(), LeaseOwner.current());
    }

    public Path path() {
        return dir;
    }

    @Override
    public String describe() {
        return "lease directory " + dir;
    }

    /** Every lease file's record, live or stale, by resource. */
    @Override
    public List<LeaseRecord> holders() {
        return guarded(() -> {
            List<LeaseRecord> records = new ArrayList<>();
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".lease")).sorted().toList()) {
                    try {
                        records.add(LeaseRecord.parse(Files.readString(f, StandardCharsets.UTF_8)));
                    } catch (IllegalArgumentException | IOException e) {
                        // a corrupt or vanished file holds nothing
                    }
                }
            } catch (IOException e) {
                throw new BenchInfrastructureException("cannot list lease directory " + dir + ": " + e.getMessage(),
                        e);
            }
            return records;
        });
    }

    @Override
    public Lease acquire(String resource, LeaseTerms terms) {
        return acquire(List.of(resource), terms);
    }

    /**
     * Leases all {@code resources} (e.g. a rig's named phones) or none. They are taken in sorted order, so two
     * benches asking for overlapping sets cannot deadlock.
     *
     * @throws BenchInfrastructureException when a resource stays held by someone else past {@code terms.maxWait()},
     *                                      naming the holder and since when
     */
    @Override
    public Lease acquire(List<String> resources, LeaseTerms terms) {
        for (String resource : resources) {
            // A lease file is lines of key=value: a line break in a name would forge its fields.
            if (resource.isEmpty() || resource.chars().anyMatch(Character::isISOControl)) {
                throw new BenchInfrastructureException("cannot lease '" + resource.replaceAll("\\p{Cntrl}", "?")
                        + "': a resource name must be non-empty, without control characters");
            }
        }
        List<LeaseRecord> held = new ArrayList<>();
        try {
            for (String resource : new TreeSet<>(resources)) {
                held.add(acquireOne(resource, terms));
            }
        } catch (RuntimeException e) {
            held.forEach(this::release);
            throw e;
        }
        return new Lease(this, held, terms);
    }

    /** The current holder of {@code resource}, stale or not. */
    @Override
    public Optional<LeaseRecord> holder(String resource) {
        return guarded(() -> read(resource));
    }

    private LeaseRecord acquireOne(String resource, LeaseTerms terms) {
        long deadline = System.nanoTime() + terms.maxWait().toNanos();
        while (true) {
            LeaseRecord[] blocker = new LeaseRecord[1];
            Optional<LeaseRecord> mine = guarded(() -> {
                Optional<LeaseRecord> existing = read(resource);
                if (existing.isPresent() && !stale(existing.get())) {
                    blocker[0] = existing.get();
                    return Optional.empty();
                }
                if (existing.isPresent() && CORRUPT.equals(existing.get().token())) {
                    LOG.warn("lease file {} is unreadable (not a lease this bench wrote); taking it over",
                            file(resource));
                }
                existing.ifPresent(e -> delete(resource));
                Instant now = clock.instant();
                LeaseRecord record = new LeaseRecord(resource, self, UUID.randomUUID().toString(), now,
                        now.plus(terms.ttl()));
                create(record);
                return Optional.of(record);
            });
            if (mine.isPresent()) {
                return mine.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LeaseRecord b = blocker[0];
                throw new BenchInfrastructureException(resource + " is leased by " + b.owner().describe()
                        + " since " + b.start() + " (expires " + b.expiry() + " unless renewed); waited "
                        + terms.maxWait().toSeconds() + " s. Lease file: " + file(resource));
            }
            pause(Math.min(left, POLL.toNanos()));
        }
    }

    @Override
    public boolean stale(LeaseRecord record) {
        return !clock.instant().isBefore(record.expiry()) || record.owner().deadOn(self.host());
    }

    /** Extends our lease; false when the file is no longer ours (taken over after we were deemed stale). */
    @Override
    public boolean renew(LeaseRecord record, Duration ttl) {
        return guarded(() -> {
            Optional<LeaseRecord> current = read(record.resource());
            if (current.isEmpty() || !current.get().token().equals(record.token())) {
                return false;
            }
            LeaseRecord renewed = new LeaseRecord(record.resource(), record.owner(), record.token(), record.start(),
                    clock.instant().plus(ttl));
            Path tmp = dir.resolve(fileName(record.resource()) + "." + record.token() + ".tmp");
            try {
                Files.writeString(tmp, renewed.format(), StandardCharsets.UTF_8);
                Files.move(tmp, file(record.resource()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new BenchInfrastructureException("cannot renew lease " + file(record.resource()) + ": "
                        + e.getMessage(), e);
            }
            return true;
        });
    }

    /** Whether {@code record} is still the lease on file. */
    @Override
    public boolean holds(LeaseRecord record) {
        return guarded(() -> read(record.resource()).map(r -> r.token().equals(record.token())).orElse(false));
    }

    /** Deletes the lease file if it is still ours; never someone else's. */
    @Override
    public void release(LeaseRecord record) {
        guarded(() -> {
            if (read(record.resource()).map(r -> r.token().equals(record.token())).orElse(false)) {
                delete(record.resource());
            }
            return null;
        });
    }

    private Optional<LeaseRecord> read(String resource) {
        try {
            // Decoded leniently: bytes that are not UTF-8 make the record unreadable below, not an error here.
            LeaseRecord record = LeaseRecord.parse(new String(Files.readAllBytes(file(resource)),
                    StandardCharsets.UTF_8));
            if (!record.resource().equals(resource)) {
                throw new IllegalArgumentException("lease of " + record.resource() + " in the file of " + resource);
            }
            return Optional.of(record);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // written by hand or cut short by a full disk: holds nothing, so it may be replaced
            return Optional.of(new LeaseRecord(resource, new LeaseOwner("?", "?", -1, Optional.empty()), CORRUPT,
                    Instant.EPOCH, Instant.EPOCH));
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot read lease file " + file(resource) + ": "
                    + e.getMessage(), e);
        }
    }

    private void create(LeaseRecord record) {
        try (FileChannel ch = FileChannel.open(file(record.resource()), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ch.write(StandardCharsets.UTF_8.encode(record.format()));
            ch.force(true);
        } catch (FileAlreadyExistsException e) {
            throw new BenchInfrastructureException("lease file " + file(record.resource())
                    + " appeared while the guard was held: is another bench using the directory over NFS?", e);
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot create lease file " + file(record.resource()) + ": "
                    + e.getMessage(), e);
        }
    }

    private void delete(String resource) {
        try {
            Files.deleteIfExists(file(resource));
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot delete lease file " + file(resource) + ": "
                    + e.getMessage(), e);
        }
    }

    Path file(String resource) {
        return io.phonebench.bench.files.ContainedPath.under(dir, "lease file", fileName(resource));
    }

    /**
     * One file name per resource, and never the same for two: every byte outside {@code [A-Za-z0-9_-]} (and so
     * {@code %}, {@code .}, {@code /}) is percent-encoded, so {@code phone:desk 1} and {@code phone:desk_1} get
     * different files, and no name is {@code .} or {@code ..}. Long names keep a readable start and end in a
     * SHA-256 of the whole resource.
     */
    static String fileName(String resource) {
        StringBuilder name = new StringBuilder();
        for (byte b : resource.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                name.append(c);
            } else {
                name.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        if (name.length() > READABLE_NAME) {
            name.setLength(READABLE_NAME - 65);
            name.append('~').append(sha256(resource));
        }
        return name + ".lease";
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private <T> T guarded(Supplier<T> action) {
        long deadline = System.nanoTime() + GUARD_TIMEOUT.toNanos();
        try {
            if (!IN_PROCESS.tryLock(GUARD_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                throw new BenchInfrastructureException("lease directory " + dir + " busy in this process for "
                        + GUARD_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while waiting for lease directory " + dir, e);
        }
        try {
            // looked at first: createDirectories on a directory that exists is a failing mkdir and two exceptions,
            // and every test of every phone checks its lease here
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            try (FileChannel guard = FileChannel.open(dir.resolve(".guard"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock lock = guard.tryLock();
                while (lock == null) {
                    if (System.nanoTime() > deadline) {
                        throw new BenchInfrastructureException("lease directory " + dir + " stayed locked by "
                                + "another process for " + GUARD_TIMEOUT.toSeconds() + " s (" + dir.resolve(".guard")
                                + ")");
                    }
                    pause(POLL.toNanos() / 4);
                    lock = guard.tryLock();
                }
                try (FileLock held = lock) {
                    return action.get();
                }
            }
        } catch (IOException e) {
            throw new BenchInfrastructureException("cannot use lease directory " + dir + ": " + e.getMessage(), e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static void pause(long nanos) {
        try {
            Thread.sleep(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while waiting for a lease", e);
        }
    }
}
