package health.hipspine.kit.kafka;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Kafka client settings of this service for the clients we build by hand (producers, consumers, admin
 * clients): every {@code kafka.*} property of MicroProfile Config, and every {@code KAFKA_*} environment variable,
 * with the prefix stripped, read the way Quarkus builds the {@code default-kafka-broker} settings its messaging
 * channels get. So bootstrap servers, security protocol, SASL and TLS are configured once, for every client.
 */
@Singleton
public class KafkaClientProperties {

    private static final String PREFIX = "kafka";

    private final Map<String, String> properties;

    public KafkaClientProperties(Config config) {
        this.properties = Map.copyOf(read(config));
    }

    /** {@code kafka.sasl.jaas.config} and {@code KAFKA_SASL_JAAS_CONFIG} both become {@code sasl.jaas.config}. */
    static Map<String, String> read(Config config) {
        Map<String, String> properties = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.length() > PREFIX.length() + 1 && lower.startsWith(PREFIX)
                    && (lower.charAt(PREFIX.length()) == '.' || lower.charAt(PREFIX.length()) == '_')) {
                String key = lower.substring(PREFIX.length() + 1).replace('_', '.');
                config.getOptionalValue(name, String.class).ifPresent(value -> properties.put(key, value));
            }
        }
        return properties;
    }

    /** A fresh, mutable copy with the client's own settings (serialisers, acks, client id...) on top. */
    public Map<String, Object> with(Map<String, ?> settings) {
        Map<String, Object> config = new HashMap<>(properties);
        config.putAll(settings);
        return config;
    }

    @Override
    public String toString() {
        // names only: the values include the SASL password
        return "KafkaClientProperties" + properties.keySet();
    }
}
