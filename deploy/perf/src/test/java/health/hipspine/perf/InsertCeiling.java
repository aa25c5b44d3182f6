package health.hipspine.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The anchor for POST /assessments: how many times a second the same PostgreSQL takes the rows one submission
 * writes — a copy of the assessment, outbox and audit rows of a real POST, inserted in one transaction per
 * submission over plain JDBC by as many threads as the benchmark has connections. Copies go to tables made with
 * {@code LIKE ... INCLUDING ALL} (same types, defaults, indexes and constraints); uuid columns get fresh values.
 */
final class InsertCeiling {

    private static final List<String> TABLES = List.of("assessment", "outbox_event", "audit_entry");

    private record Row(String insert, List<Object> values, List<Boolean> uuid) {
    }

    private InsertCeiling() {
    }

    static Latencies measure(String jdbcUrl, UUID assessmentId, int threads, int warmUpSeconds, int seconds) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DROP TABLE IF EXISTS bench_" + table);
                s.execute("CREATE TABLE bench_" + table + " (LIKE " + table + " INCLUDING ALL)");
                rows.add(copyOf(c, table, assessmentId));
            }
        }
        run(jdbcUrl, rows, threads, warmUpSeconds);
        return run(jdbcUrl, rows, threads, seconds);
    }

    /** The row of {@code table} written for the assessment, as an INSERT into its bench copy (serial columns left out). */
    private static Row copyOf(Connection c, String table, UUID assessmentId) throws SQLException {
        String where = switch (table) {
            case "assessment" -> "id = ?";
            case "outbox_event" -> "aggregate_id = ?";
            default -> "resource_id = ?::text";
        };
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where + " LIMIT 1")) {
            p.setObject(1, assessmentId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no " + table + " row for the sample assessment");
                }
                var meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                List<Boolean> uuid = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (meta.isAutoIncrement(i)) {
                        continue; // bigserial: the copy's default draws the next value
                    }
                    columns.add(meta.getColumnName(i));
                    values.add(rs.getObject(i));
                    uuid.add("uuid".equals(meta.getColumnTypeName(i)));
                }
                String marks = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
                return new Row("INSERT INTO bench_" + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")",
                        values, uuid);
            }
        }
    }

    private static Latencies run(String jdbcUrl, List<Row> rows, int threads, int seconds) throws Exception {
        Latencies latencies = new Latencies();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                    c.setAutoCommit(false);
                    List<PreparedStatement> statements = new ArrayList<>();
                    for (Row row : rows) {
                        statements.add(c.prepareStatement(row.insert()));
                    }
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        for (int r = 0; r < rows.size(); r++) {
                            Row row = rows.get(r);
                            PreparedStatement p = statements.get(r);
                            for (int i = 0; i < row.values().size(); i++) {
                                // ids are unique: every copy gets new ones
                                Object value = row.uuid().get(i) ? UUID.randomUUID() : row.values().get(i);
                                p.setObject(i + 1, value);
                            }
                            p.executeUpdate();
                        }
                        c.commit();
                        latencies.add(System.nanoTime() - t0);
                    }
                } catch (SQLException e) {
                    errors.incrementAndGet();
                    System.out.println("PERF insert ceiling: " + e.getMessage());
                }
            }));
        }
        latencies.start();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        latencies.stop();
        if (errors.get() > 0) {
            throw new IllegalStateException("the insert ceiling failed on " + errors.get() + " threads");
        }
        return latencies;
    }

    /** Latencies of closed-loop calls and the rate over the measured period. */
    static final class Latencies {
        private final List<long[]> chunks = new ArrayList<>();
        private final ThreadLocal<long[]> mine = new ThreadLocal<>();
        private final ThreadLocal<int[]> count = ThreadLocal.withInitial(() -> new int[1]);
        private long started;
        private long stopped;

        void start() {
            started = System.nanoTime();
        }

        void stop() {
            stopped = System.nanoTime();
        }

        void add(long nanos) {
            long[] own = mine.get();
            int[] n = count.get();
            if (own == null || n[0] == own.length) {
                own = new long[1 << 16];
                n[0] = 0;
                mine.set(own);
                synchronized (chunks) {
                    chunks.add(own);
                }
            }
            own[n[0]++] = nanos + 1; // 0 marks an unused slot
        }

        double perSecond() {
            return all().length / ((stopped - started) / 1e9);
        }

        double percentileMs(double p) {
            return Table.percentile(Arrays.stream(all()).mapToDouble(v -> (v - 1) / 1e6).toArray(), p);
        }

        private long[] all() {
            synchronized (chunks) {
                return chunks.stream().flatMapToLong(Arrays::stream).filter(v -> v > 0).sorted().toArray();
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f/s, p50 %.1f ms, p99 %.1f ms", perSecond(), percentileMs(50), percentileMs(99));
        }
    }
}
