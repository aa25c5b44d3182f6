import health.hipspine.servers.Postgres;
import java.nio.file.Path;
import java.util.List;

/** Starts a throw-away PostgreSQL for the content-service benchmark; stops it when this JVM ends. */
public class BenchPostgres {
    public static void main(String[] args) throws Exception {
        Postgres pg = Postgres.start(Path.of(args[0]), Integer.parseInt(args[1]), List.of("content"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> { try { pg.close(); } catch (Exception e) { } }));
        System.out.println("READY " + pg.jdbcUrl("content"));
        Thread.sleep(Long.MAX_VALUE);
    }
}
