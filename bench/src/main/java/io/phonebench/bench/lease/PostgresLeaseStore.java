package io.phonebench.bench.lease;

import io.phonebench.drivers.BenchInfrastructureException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leases in a PostgreSQL database that every controller host and engineer's desk of a lab reaches.
 *
 * <p>A lease is a session-level advisory lock on a 64-bit hash of its key, held by this bench's one connection, plus
 * a row saying who holds it since when and until when. When the holder dies its connection ends, PostgreSQL drops
 * the advisory lock at once, and the next bench takes the key without waiting for expiry. Expiry still covers a hung
 * holder whose connection stays open: an expired row is taken over by token. Times come from the database's clock,
 * so hosts with skewed clocks agree. A failed heartbeat (the database unreachable) loses the lease: the session, and
 * with it the lock, may be gone, and the bench must not drive a phone it may no longer hold.
 */
public final class PostgresLeaseStore implements LeaseStore, LeaseBackend {
    static final int SCHEMA_VERSION = 1;
    /** How often a wait for a held lease asks again: the bench's longest poll step (a free key is one query). */
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Pattern URL = Pattern.compile(
            "(?:jdbc:)?postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^/?]+)(/[^?]*)?(\\?.*)?");
    /** Serialises schema creation between benches that start at once (an arbitrary, fixed advisory key). */
    private static final long MIGRATION_LOCK = 0x5048_4f4e_4542_4e43L;

    private final Connection connection;
    private final String where;
    private final LeaseOwner self;
    private final ReentrantLock guard = new ReentrantLock();

    private PostgresLeaseStore(Connection connection, String where, LeaseOwner self) {
        this.connection = connection;
        this.where = where;
        this.self = self;
    }

    static boolean accepts(String url) {
        return URL.matcher(url).matches();
    }

    /** The URL without its password, for messages and logs. */
    static String redact(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return "(unparseable URL)";
        }
        return "postgresql://" + (m.group(1) == null ? "" : m.group(1) + "@") + m.group(3)
                + (m.group(4) == null ? "" : m.group(4));
    }

    /**
     * Connects and creates or migrates the lease table. The password comes from the URL or libpq's
     * {@code PGPASSWORD}; it never appears in messages.
     */
    public static PostgresLeaseStore connect(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new BenchInfrastructureException("not a PostgreSQL URL: " + redact(url));
        }
        Properties properties = new Properties();
        if (m.group(1) != null && !m.group(1).isEmpty()) {
            properties.setProperty("user", m.group(1));
        }
        String password = m.group(2) != null ? m.group(2) : System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        // bounded: a silent network never stalls a heartbeat for longer than the lease's own margin
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("socketTimeout", "15");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "phonebench");
        String jdbc = "jdbc:postgresql://" + m.group(3) + (m.group(4) == null ? "/" : m.group(4))
                + (m.group(5) == null ? "" : m.group(5));
        try {
            Connection connection = DriverManager.getConnection(jdbc, properties);
            connection.setAutoCommit(true);
            PostgresLeaseStore store = new PostgresLeaseStore(connection, redact(url), LeaseOwner.current());
            store.migrate();
            return store;
        } catch (SQLException e) {
            throw new BenchInfrastructureException("cannot reach the lease database " + redact(url) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Creates the tables on first use. Later versions only add columns (ADD COLUMN IF NOT EXISTS) and never drop or
     * rename one, so an older bench sharing the database keeps working; the schema table records the newest version.
     */
    private void migrate() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            s.execute("CREATE TABLE IF NOT EXISTS phonebench_lease_schema (version integer NOT NULL)");
            s.execute("""
                    CREATE TABLE IF NOT EXISTS phonebench_lease (
                      lease_key text PRIMARY KEY,
                      lock_id bigint NOT NULL,
                      token text NOT NULL,
                      holder_user text NOT NULL,
                      holder_host text NOT NULL,
                      holder_pid bigint NOT NULL,
                      since timestamptz NOT NULL,
                      expires timestamptz NOT NULL,
                      heartbeat timestamptz NOT NULL)""");
            s.execute("INSERT INTO phonebench_lease_schema (version) SELECT " + SCHEMA_VERSION
                    + " WHERE NOT EXISTS (SELECT 1 FROM phonebench_lease_schema WHERE version >= " + SCHEMA_VERSION
                    + ")");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    @Override
    public Lease acquire(List<String> keys, LeaseTerms terms) {
        List<LeaseRecord> held = new ArrayList<>();
        try {
            for (String key : new TreeSet<>(keys)) {
                held.add(acquireOne(key, terms));
            }
        } catch (RuntimeException e) {
            held.forEach(this::release);
            throw e;
        }
        return new Lease(this, held, terms);
    }

    private LeaseRecord acquireOne(String key, LeaseTerms terms) {
        long deadline = System.nanoTime() + terms.maxWait().toNanos();
        while (true) {
            Optional<LeaseRecord> mine = sql("lease " + key, () -> tryAcquire(key, terms));
            if (mine.isPresent()) {
                return mine.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                String holder = holder(key).map(r -> " by " + r.owner().describe() + " since " + r.start()
                        + " (expires " + r.expiry() + " unless renewed)").orElse(" by another bench");
                throw new BenchInfrastructureException(key + " is leased" + holder + "; waited "
                        + terms.maxWait().toSeconds() + " s. Lease database: " + where);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(left, POLL.toNanos()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BenchInfrastructureException("interrupted while waiting for a lease on " + key, e);
            }
        }
    }

    private Optional<LeaseRecord> tryAcquire(String key, LeaseTerms terms) throws SQLException {
        long id = lockId(key);
        String token = UUID.randomUUID().toString();
        // advisory locks are re-entrant per session: a key this bench already holds is busy, as in a lease directory
        if (queryBoolean("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND objsubid = 1 AND pid = pg_backend_pid() AND ((classid::bigint << 32) | objid::bigint) = ?)", id)) {
            return Optional.empty();
        }
        if (queryBoolean("SELECT pg_try_advisory_lock(?)", id)) {
            // nobody's session holds the key: any row left is a dead holder's
            try (PreparedStatement p = connection.prepareStatement("""
                    INSERT INTO phonebench_lease AS l (lease_key, lock_id, token, holder_user, holder_host,
                      holder_pid, since, expires, heartbeat)
                    VALUES (?, ?, ?, ?, ?, ?, now(), now() + ? * interval '1 millisecond', now())
                    ON CONFLICT (lease_key) DO UPDATE SET lock_id = excluded.lock_id, token = excluded.token,
                      holder_user = excluded.holder_user, holder_host = excluded.holder_host,
                      holder_pid = excluded.holder_pid, since = excluded.since, expires = excluded.expires,
                      heartbeat = excluded.heartbeat""")) {
                bindOwner(p, key, id, token, terms.ttl());
                p.executeUpdate();
            }
            return read(key);
        }
        // a live session holds the key; only a hung holder (expired, connection still open) is taken over
        try (PreparedStatement p = connection.prepareStatement("""
                UPDATE phonebench_lease SET lock_id = ?, token = ?, holder_user = ?, holder_host = ?, holder_pid = ?,
                  since = now(), expires = now() + ? * interval '1 millisecond', heartbeat = now()
                WHERE lease_key = ? AND expires < now()""")) {
            p.setLong(1, id);
            p.setString(2, token);
            p.setString(3, self.user());
            p.setString(4, self.host());
            p.setLong(5, self.pid());
            p.setLong(6, terms.ttl().toMillis());
            p.setString(7, key);
            if (p.executeUpdate() == 1) {
                return read(key);
            }
        }
        return Optional.empty();
    }

    private void bindOwner(PreparedStatement p, String key, long id, String token, Duration ttl) throws SQLException {
        p.setString(1, key);
        p.setLong(2, id);
        p.setString(3, token);
        p.setString(4, self.user());
        p.setString(5, self.host());
        p.setLong(6, self.pid());
        p.setLong(7, ttl.toMillis());
    }

    @Override
    public boolean holds(LeaseRecord record) {
        try {
            return sql("check lease " + record.resource(), () -> read(record.resource()))
                    .map(r -> r.token().equals(record.token())).orElse(false);
        } catch (BenchInfrastructureException e) {
            return false;
        }
    }

    @Override
    public boolean renew(LeaseRecord record, Duration ttl) {
        try {
            return sql("renew lease " + record.resource(), () -> {
                try (PreparedStatement p = connection.prepareStatement("UPDATE phonebench_lease SET expires = now()"
                        + " + ? * interval '1 millisecond', heartbeat = now() WHERE lease_key = ? AND token = ?")) {
                    p.setLong(1, ttl.toMillis());
                    p.setString(2, record.resource());
                    p.setString(3, record.token());
                    return p.executeUpdate() == 1;
                }
            });
        } catch (BenchInfrastructureException e) {
            // unreachable database: our session and its advisory lock may be gone, so the lease is
            return false;
        }
    }

    @Override
    public void release(LeaseRecord record) {
        try {
            sql("release lease " + record.resource(), () -> {
                try (PreparedStatement p = connection.prepareStatement(
                        "DELETE FROM phonebench_lease WHERE lease_key = ? AND token = ?")) {
                    p.setString(1, record.resource());
                    p.setString(2, record.token());
                    p.executeUpdate();
                }
                return queryBoolean("SELECT pg_advisory_unlock(?)", lockId(record.resource()));
            });
        } catch (BenchInfrastructureException e) {
            // unreachable: the database drops the advisory lock with our session, the row expires
        }
    }

    @Override
    public Optional<LeaseRecord> holder(String key) {
        return sql("read lease " + key, () -> read(key));
    }

    @Override
    public List<LeaseRecord> holders() {
        return sql("list leases", () -> {
            List<LeaseRecord> records = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT lease_key, token, holder_user, holder_host, holder_pid, since,"
                         + " expires FROM phonebench_lease ORDER BY lease_key")) {
                while (r.next()) {
                    records.add(record(r));
                }
            }
            return records;
        });
    }

    /** Stale when expired, or when no database session holds its advisory lock any more (the holder died). */
    @Override
    public boolean stale(LeaseRecord record) {
        return sql("check lease " + record.resource(), () -> {
            try (PreparedStatement p = connection.prepareStatement("""
                    SELECT expires < now() OR NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'
                      AND granted AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = ?)
                    FROM phonebench_lease WHERE lease_key = ? AND token = ?""")) {
                p.setLong(1, lockId(record.resource()));
                p.setString(2, record.resource());
                p.setString(3, record.token());
                try (ResultSet r = p.executeQuery()) {
                    return !r.next() || r.getBoolean(1);
                }
            }
        });
    }

    @Override
    public String describe() {
        return "lease database " + where;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing ends the session: every advisory lock it held is released by the server
        }
    }

    private Optional<LeaseRecord> read(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT lease_key, token, holder_user, holder_host,"
                + " holder_pid, since, expires FROM phonebench_lease WHERE lease_key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(record(r)) : Optional.empty();
            }
        }
    }

    private static LeaseRecord record(ResultSet r) throws SQLException {
        return new LeaseRecord(r.getString(1), new LeaseOwner(r.getString(3), r.getString(4), r.getLong(5),
                Optional.empty()), r.getString(2), instant(r.getTimestamp(6)), instant(r.getTimestamp(7)));
    }

    private static Instant instant(Timestamp t) {
        return t.toInstant();
    }

    private boolean queryBoolean(String sql, long id) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    /** The advisory lock's key: the first 8 bytes of the key's SHA-256, the same in every bench version. */
    static long lockId(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (d[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    /** One statement at a time on the session's connection (the heartbeat thread shares it). */
    private <T> T sql(String what, Query<T> query) {
        guard.lock();
        try {
            return query.run();
        } catch (SQLException e) {
            throw new BenchInfrastructureException("cannot " + what + " in the lease database " + where + ": "
                    + e.getMessage(), e);
        } finally {
            guard.unlock();
        }
    }
}
