package health.hipspine.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.ByteBuffer;

/**
 * A real Kafka 4.3.1 broker (KRaft, single node, combined broker + controller) in its own JVM,
 * started from the jars that common/kafka-broker copies. Its own process keeps its kafka-clients
 * apart from the one the Quarkus BOM pins.
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property (set by the build) naming the directory with the broker's jars. */
    public static final String LIB_PROPERTY = "hipspine.kafka.lib";

    private final ChildProcess process;
    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;

    private KafkaBroker(ChildProcess process, int port, int controllerPort, Path dataDirectory) {
        this.process = process;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory;
    }

    public static Path defaultLibDirectory() {
        String configured = System.getProperty(LIB_PROPERTY, System.getenv("HIPSPINE_KAFKA_LIB"));
        Path lib = configured != null ? Path.of(configured) : Path.of("common/kafka-broker/target/lib");
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("Kafka broker jars not found at " + lib.toAbsolutePath()
                    + ": build common/kafka-broker first (./mvnw -pl common/kafka-broker generate-resources)");
        }
        return lib;
    }

    /**
     * Starts the broker; formats the log directory on first use. Port 0 picks free ports.
     * The data directory keeps the log between restarts.
     */
    public static KafkaBroker start(Path libDirectory, Path dataDirectory, int port, int controllerPort,
                                    Duration timeout) throws IOException, InterruptedException {
        int brokerPort = port > 0 ? port : Ports.freePort();
        int cPort = controllerPort > 0 ? controllerPort : Ports.freePort();
        Path logDir = dataDirectory.resolve("kraft-logs");
        Files.createDirectories(logDir);
        Path config = dataDirectory.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + cPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + cPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "") );
        String java = ChildProcess.javaExecutable();
        String classpath = libDirectory.toAbsolutePath() + "/*";
        Path log = dataDirectory.resolve("kafka.log");
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            List<String> format = List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "-t", clusterId(), "-c", config.toAbsolutePath().toString());
            try (ChildProcess formatter = ChildProcess.start("kafka-format", format, dataDirectory, log, Map.of())) {
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (formatter.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                throw new IOException("formatting the Kafka log directory failed; see " + log);
            }
        }
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-Dslf4j.internal.verbosity=WARN", "-cp", classpath, "kafka.Kafka", config.toAbsolutePath().toString()));
        ChildProcess process = ChildProcess.start("kafka", command, dataDirectory, log, Map.of());
        KafkaBroker broker = new KafkaBroker(process, brokerPort, cPort, dataDirectory);
        try {
            broker.awaitReady(timeout);
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
        return broker;
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        process.awaitLogLine("Kafka Server started", timeout);
        while (!Ports.isOpen(port)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("Kafka port " + port + " not open; see " + process.log());
            }
            Thread.sleep(100);
        }
    }

    /**
     * A random 22-character URL-safe Base64 cluster id. One in 64 of those would start with '-', which the
     * storage tool reads as an option ("expected one argument"): draw again, as Kafka's own Uuid does.
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            ByteBuffer buffer = ByteBuffer.allocate(16);
            buffer.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        process.close();
    }
}
