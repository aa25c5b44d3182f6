package health.hipspine.testing;

import health.hipspine.servers.Directories;
import health.hipspine.servers.KafkaAccess;
import health.hipspine.servers.KafkaBroker;
import health.hipspine.servers.KafkaCredentials;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Kafka broker (KRaft) for {@code @QuarkusTest}, one per test JVM: the official {@value #IMAGE} image
 * through Testcontainers where a Docker engine answers, else a Kafka 4.3.1 broker in its own process
 * ({@link ServerChoice}). {@link #stopBroker()} and {@link #restartBroker()} let a test take the broker
 * away and bring it back with the same address and log.
 * <p>
 * The embedded broker is secured as in production (SASL/SCRAM-SHA-512, ACLs per service principal; see
 * {@link KafkaBroker}); {@link #start()} hands the service its security protocol and, as
 * {@code hipspine.test.kafka.password.<principal>}, each service principal's password, which the service's
 * {@code %test} profile puts into its {@code kafka.sasl.jaas.config}. The container runs PLAINTEXT without ACLs:
 * configuring SCRAM users and ACLs in the image could not be run or verified on the Docker-less build machines,
 * so only the embedded path proves the secured setup (common/local-servers KafkaAuthorizationTest).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String IMAGE = "apache/kafka:4.1.0";

    private static KafkaBroker broker;
    private static Path dataDirectory;
    private static KafkaContainer container;

    private static synchronized void ensureStarted() {
        if (broker != null || container != null) {
            return;
        }
        switch (TestServers.choice()) {
            case CONTAINERS -> {
                // the embedded broker's settings that tests may rely on: three partitions, no rebalance delay
                container = new KafkaContainer(IMAGE)
                        .withEnv("KAFKA_NUM_PARTITIONS", "3")
                        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
                container.start();
                Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            }
            case EMBEDDED -> {
                try {
                    dataDirectory = Files.createTempDirectory("hipspine-kafka");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                broker = startEmbedded(0, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::discardEmbedded));
            }
        }
    }

    private static KafkaBroker startEmbedded(int port, int controllerPort) {
        try {
            return KafkaBroker.start(KafkaBroker.defaultLibDirectory(), dataDirectory, port, controllerPort,
                    Duration.ofSeconds(90));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static synchronized String bootstrapServers() {
        ensureStarted();
        return container != null ? container.getBootstrapServers() : broker.bootstrapServers();
    }

    /**
     * Connection settings of {@code principal} ({@link KafkaAccess#ASSESSMENT_SERVICE}, {@link KafkaAccess#REPORT_SERVICE}
     * or {@link KafkaCredentials#ADMIN}) under Kafka's own names; for a test's own producers and consumers.
     */
    public static synchronized Map<String, Object> clientProperties(String principal) {
        ensureStarted();
        if (container != null) {
            return new HashMap<>(Map.of("bootstrap.servers", container.getBootstrapServers()));
        }
        return new HashMap<>(broker.clientProperties(principal));
    }

    /**
     * The super user's settings: test tooling that plays the broker's other clients (publishing raw events,
     * reading the dead-letter topic in a throw-away group), which no service principal may do.
     */
    public static Map<String, Object> adminClientProperties() {
        return clientProperties(KafkaCredentials.ADMIN);
    }

    /** At the JVM's exit: the embedded broker stopped and its data directory deleted (each test JVM made one). */
    private static void discardEmbedded() {
        try {
            stopBroker();
            Directories.delete(dataDirectory);
        } catch (IOException | RuntimeException ignored) {
            // the JVM is going down; a directory left behind is only disk space
        }
    }

    /**
     * Takes the broker away: the embedded process is stopped (SIGTERM, log kept); the container is paused,
     * since a restarted container would get a new mapped port and so a new address.
     */
    public static synchronized void stopBroker() {
        if (container != null) {
            DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
        } else if (broker != null) {
            broker.close();
        }
    }

    /** Brings the broker back on the same address with the same log. */
    public static synchronized void restartBroker() {
        if (container != null) {
            DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
        } else if (broker != null) {
            broker = startEmbedded(broker.port(), broker.controllerPort());
        }
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", bootstrapServers());
        synchronized (KafkaTestResource.class) {
            config.put("kafka.security.protocol", container != null ? "PLAINTEXT" : KafkaCredentials.SECURITY_PROTOCOL);
            for (String service : KafkaAccess.SERVICES) {
                // the container ignores SASL; the service's %test profile still needs a value to expand
                config.put("hipspine.test.kafka.password." + service,
                        container != null ? "unused-plaintext" : broker.credentials().password(service));
            }
        }
        return config;
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; the shutdown hook stops it
    }
}
