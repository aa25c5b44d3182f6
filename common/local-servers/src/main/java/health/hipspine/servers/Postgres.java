package health.hipspine.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from the zonky embedded binaries (Maven Central), on loopback.
 * With a data directory the cluster survives restarts; without one it lives in a temp dir.
 */
public final class Postgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts PostgreSQL on the given port (0 = any free port) and creates the named databases. */
    public static Postgres start(Path dataDirectory, int port, List<String> databases) throws IOException {
        return start(dataDirectory, port, databases, dataDirectory != null);
    }

    /**
     * As {@link #start(Path, int, List)}, choosing fsync: a test cluster that must survive a restart (kept data
     * directory) but not a machine crash runs without it.
     */
    public static Postgres start(Path dataDirectory, int port, List<String> databases, boolean fsync) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", fsync ? "on" : "off");
        if (port > 0) {
            builder.setPort(port);
        }
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory);
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        Postgres postgres = new Postgres(builder.start());
        for (String database : databases) {
            postgres.createDatabaseIfMissing(database);
        }
        return postgres;
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public void createDatabaseIfMissing(String database) throws IOException {
        try (Connection c = server.getPostgresDatabase().getConnection()) {
            createDatabaseIfMissing(c, database);
        } catch (SQLException e) {
            throw new IOException("could not create database " + database, e);
        }
    }

    /** Creates the database through a connection to any PostgreSQL server (embedded or a container). */
    public static void createDatabaseIfMissing(Connection connection, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("create database " + database);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
