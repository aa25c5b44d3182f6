package health.hipspine.testing;

import health.hipspine.servers.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real Kafka broker (KRaft) for {@code @QuarkusTest}, one per test JVM: the official {@value #IMAGE} image
 * through Testcontainers where a Docker engine answers, else a Kafka 4.3.1 broker in its own process
 * ({@link ServerChoice}). {@link #stopBroker()} and {@link #restartBroker()} let a test take the broker
 * away and bring it back with the same address and log.
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
                Runtime.getRuntime().addShutdownHook(new Thread(KafkaTestResource::stopBroker));
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
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every test class in this JVM; the shutdown hook stops it
    }
}
