package health.hipspine.testing;

import health.hipspine.servers.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL 17 (zonky binaries) for {@code @QuarkusTest}: one server per test JVM on a free
 * loopback port with a throw-away cluster. Init arg {@code database} names the database to use.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static Postgres server;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    /** The running server (for tests that inspect or measure the database directly). */
    public static synchronized Postgres server() {
        if (server == null) {
            try {
                server = Postgres.start(null, 0, List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Postgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going down; nothing left to report to
                }
            }));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        Postgres postgres = server();
        try {
            postgres.createDatabaseIfMissing(database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", Postgres.USER,
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; the shutdown hook stops it
    }
}
