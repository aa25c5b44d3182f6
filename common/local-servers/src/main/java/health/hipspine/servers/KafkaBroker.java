package health.hipspine.servers;

import org.apache.kafka.clients.admin.Admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * A real Kafka 4.3.1 broker (KRaft, single node, combined broker + controller) in its own JVM,
 * started from the jars that common/kafka-broker copies. Its own process keeps its kafka-clients
 * apart from the one the Quarkus BOM pins.
 * <p>
 * Secured as in production (docs/security.md, "Kafka"): clients authenticate with SASL/SCRAM-SHA-512 on the
 * one client listener, the controller listener takes only the super user {@link KafkaCredentials#ADMIN}
 * (SASL/PLAIN: KRaft controllers cannot use SCRAM, whose credentials live in the metadata they serve), and
 * {@code StandardAuthorizer} denies whatever {@link KafkaAccess} does not allow. Loopback only, so no TLS here.
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property (set by the build) naming the directory with the broker's jars. */
    public static final String LIB_PROPERTY = "hipspine.kafka.lib";

    private final ChildProcess process;
    private final int port;
    private final int controllerPort;
    private final Path dataDirectory;
    private final KafkaCredentials credentials;

    private KafkaBroker(ChildProcess process, int port, int controllerPort, Path dataDirectory,
                        KafkaCredentials credentials) {
        this.process = process;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDirectory = dataDirectory;
        this.credentials = credentials;
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
     * The data directory keeps the log and the principals' passwords between restarts. Returns once the service
     * users, both topics and the ACLs exist.
     */
    public static KafkaBroker start(Path libDirectory, Path dataDirectory, int port, int controllerPort,
                                    Duration timeout) throws IOException, InterruptedException {
        int brokerPort = port > 0 ? port : Ports.freePort();
        int cPort = controllerPort > 0 ? controllerPort : Ports.freePort();
        Path logDir = dataDirectory.resolve("kraft-logs");
        Path credentialsFile = dataDirectory.resolve("kafka-credentials.properties");
        if (Files.exists(logDir.resolve("meta.properties")) && !Files.exists(credentialsFile)) {
            // a log formatted before the broker was secured has no SCRAM super user: start it afresh
            Directories.delete(logDir);
        }
        Files.createDirectories(logDir);
        List<String> principals = new ArrayList<>(List.of(KafkaCredentials.ADMIN));
        principals.addAll(KafkaAccess.SERVICES);
        KafkaCredentials credentials = KafkaCredentials.loadOrCreate(credentialsFile, principals);
        String admin = KafkaCredentials.ADMIN;
        String adminPassword = credentials.password(admin);
        Path config = dataDirectory.resolve("server.properties");
        Files.deleteIfExists(config);
        // owner-only: it holds the super user's password
        Files.createFile(config, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------")));
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + cPort,
                "listeners=SASL_PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + cPort,
                "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "inter.broker.listener.name=SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=" + KafkaCredentials.MECHANISM,
                "sasl.mechanism.inter.broker.protocol=" + KafkaCredentials.MECHANISM,
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                        + KafkaCredentials.jaasConfig(admin, adminPassword),
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
                        + " required username=\"" + admin + "\" password=\"" + adminPassword + "\" user_" + admin
                        + "=\"" + adminPassword + "\";",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + admin,
                "allow.everyone.if.no.acl.found=false",
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
            // the super user's SCRAM credential must exist before the broker's own inter-broker login (KIP-900);
            // the service users are added through the admin client once the broker runs
            List<String> format = List.of(java, "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "-t", clusterId(), "-c", config.toAbsolutePath().toString(),
                    "--add-scram", KafkaCredentials.MECHANISM + "=[name=" + admin + ",password=" + adminPassword + "]");
            try (ChildProcess formatter = ChildProcess.start("kafka-format", format, dataDirectory, log, Map.of())) {
                // the caller's start budget, not a fixed 60 s: formatting alone took longer at load 30
                long deadline = System.nanoTime() + timeout.toNanos();
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
        KafkaBroker broker = new KafkaBroker(process, brokerPort, cPort, dataDirectory, credentials);
        try {
            broker.awaitReady(timeout);
            broker.provision();
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.close();
            throw e;
        }
        return broker;
    }

    private void provision() throws IOException, InterruptedException {
        try (Admin admin = Admin.create(new HashMap<>(clientProperties(KafkaCredentials.ADMIN)))) {
            KafkaAccess.apply(admin, credentials);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("creating Kafka users, topics and ACLs failed; see " + process.log(), e);
        }
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

    /**
     * What a client needs to connect as {@code principal} (a service or {@link KafkaCredentials#ADMIN}): bootstrap
     * servers, security protocol, SASL mechanism and JAAS login, under Kafka's own names.
     */
    public Map<String, String> clientProperties(String principal) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("bootstrap.servers", bootstrapServers());
        props.put("security.protocol", KafkaCredentials.SECURITY_PROTOCOL);
        props.put("sasl.mechanism", KafkaCredentials.MECHANISM);
        props.put("sasl.jaas.config", KafkaCredentials.jaasConfig(principal, credentials.password(principal)));
        return props;
    }

    public KafkaCredentials credentials() {
        return credentials;
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
