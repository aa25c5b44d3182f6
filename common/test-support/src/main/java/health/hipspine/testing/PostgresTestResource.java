package health.hipspine.testing;

import health.hipspine.servers.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL 17 for {@code @QuarkusTest}, one server per test JVM with a throw-away cluster: the
 * official {@value #IMAGE} image through Testcontainers where a Docker engine answers, else the embedded
 * zonky binaries on a free loopback port ({@link ServerChoice}). Init arg {@code database} names the
 * database to use; it is created on first use.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String IMAGE = "postgres:17";
    private static final String USER = Postgres.USER;
    private static final String PASSWORD = "postgres";

    private static String serverUrl;
    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    /** {@code jdbc:postgresql://host:port/} of the running server, started on first call. */
    private static synchronized String serverUrl() {
        if (serverUrl == null) {
            serverUrl = switch (TestServers.choice()) {
                case CONTAINERS -> startContainer();
                case EMBEDDED -> startEmbedded();
            };
        }
        return serverUrl;
    }

    private static String startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                .withUsername(USER).withPassword(PASSWORD).withDatabaseName("postgres");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
    }

    private static String startEmbedded() {
        Postgres server;
        try {
            server = Postgres.start(null, 0, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // the JVM is going down; nothing left to report to
            }
        }));
        return server.jdbcUrl("");
    }

    /** The JDBC URL of a database on the running server (for tests that inspect the database directly). */
    public static String jdbcUrl(String database) {
        return serverUrl() + database;
    }

    @Override
    public Map<String, String> start() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, PASSWORD)) {
            Postgres.createDatabaseIfMissing(c, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(database),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; the shutdown hook stops it
    }
}
