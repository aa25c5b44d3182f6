package health.hipspine.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostgresTest {

    @Test
    void dataSurvivesARestartOfThePersistentCluster(@TempDir Path data) throws Exception {
        int port;
        try (Postgres postgres = Postgres.start(data, 0, List.of("content", "assessment"))) {
            port = postgres.port();
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("content"), Postgres.USER, "postgres");
                 Statement s = c.createStatement()) {
                s.execute("create table kept(x int)");
                s.execute("insert into kept values (42)");
            }
        }
        try (Postgres postgres = Postgres.start(data, port, List.of("content", "assessment"));
             Connection c = DriverManager.getConnection(postgres.jdbcUrl("content"), Postgres.USER, "postgres");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select x from kept")) {
            assertTrue(rs.next(), "row written before the restart is still there");
            assertEquals(42, rs.getInt(1));
        }
    }
}
