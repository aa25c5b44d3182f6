package health.hipspine.testing;

import health.hipspine.servers.Directories;
import health.hipspine.servers.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static Postgres embedded;
    private static Path embeddedData;
    private static PostgreSQLContainer container;
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
        container = new PostgreSQLContainer(IMAGE)
                .withUsername(USER).withPassword(PASSWORD).withDatabaseName("postgres");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
    }

    private static String startEmbedded() {
        try {
            // a data directory of our own (not zonky's throw-away one) so that stopServer/restartServer keep the data
            embeddedData = Files.createTempDirectory("hipspine-postgres");
            embedded = Postgres.start(embeddedData, 0, List.of(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(PostgresTestResource::discardEmbedded));
        return embedded.jdbcUrl("");
    }

    private static void discardEmbedded() {
        try {
            stopServer();
        } catch (RuntimeException ignored) {
            // already stopped; the JVM is going down, nothing left to report to
        }
        try {
            Directories.delete(embeddedData);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    /**
     * Takes the database away, for outage tests: the embedded server is stopped (its data kept), so connections
     * are refused; the container is paused (a restarted container would get a new mapped port), so they hang.
     */
    public static synchronized void stopServer() {
        if (container != null) {
            DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
        } else if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Brings the database back on the same address with the same data. */
    public static synchronized void restartServer() {
        if (container != null) {
            DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
        } else if (embedded != null) {
            try {
                embedded = Postgres.start(embeddedData, embedded.port(), List.of(), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
