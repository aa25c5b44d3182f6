package health.hipspine.kit.kafka;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClientPropertiesTest {

    private static Config config(Map<String, String> properties) {
        // the default interceptors expand ${...} as Quarkus does
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void everyKafkaPropertyReachesTheClientWithItsExpressionsResolved() {
        KafkaClientProperties kafka = new KafkaClientProperties(config(Map.of(
                "kafka.bootstrap.servers", "broker:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "ScramLoginModule required username=\"svc\" password=\"${svc.password}\";",
                "kafka.ssl.truststore.location", "/etc/kafka/ca.p12",
                "svc.password", "s3cret",
                "kafkaesque.setting", "no",
                "quarkus.kafka.devservices.enabled", "false")));

        assertThat(kafka.with(Map.of())).containsOnly(
                Map.entry("bootstrap.servers", "broker:9093"),
                Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config", "ScramLoginModule required username=\"svc\" password=\"s3cret\";"),
                Map.entry("ssl.truststore.location", "/etc/kafka/ca.p12"));
        assertThat(kafka.toString()).doesNotContain("s3cret");
    }

    @Test
    void environmentStyleNamesCountAsWellAsQuarkusReadsThem() {
        KafkaClientProperties kafka = new KafkaClientProperties(config(Map.of("KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12")));
        assertThat(kafka.with(Map.of())).containsEntry("ssl.truststore.type", "PKCS12");
    }

    @Test
    void theClientsOwnSettingsWinAndTheSharedOnesStayUntouched() {
        KafkaClientProperties kafka = new KafkaClientProperties(config(Map.of("kafka.bootstrap.servers", "a:1",
                "kafka.acks", "1")));
        Map<String, Object> producer = kafka.with(Map.of("acks", "all"));
        producer.put("client.id", "x");
        assertThat(producer).containsEntry("acks", "all").containsEntry("bootstrap.servers", "a:1");
        assertThat(kafka.with(Map.of())).containsEntry("acks", "1").doesNotContainKey("client.id");
    }
}
