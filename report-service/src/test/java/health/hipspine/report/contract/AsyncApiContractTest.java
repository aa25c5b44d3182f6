package health.hipspine.report.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.testing.contract.ApiContracts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed event contract docs/events/asyncapi.yaml names the topics, message and schema the code uses:
 * the topic and CloudEvents type of common/assessment-events, the dead-letter topic this service is configured
 * with, and a data schema file that exists and is the one the events are validated against.
 */
class AsyncApiContractTest {

    static final Path DOCUMENT = ApiContracts.repositoryRoot().resolve("docs/events/asyncapi.yaml");

    final JsonNode asyncApi = read(DOCUMENT);

    @Test
    void itIsAnAsyncApi3DocumentWithTheEventTopicAndTheDeadLetterTopic() throws IOException {
        assertThat(asyncApi.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(asyncApi.at("/channels/assessmentEvents/address").asText()).isEqualTo(AssessmentEvents.TOPIC);
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            config.load(in);
        }
        assertThat(asyncApi.at("/channels/assessmentEventsDeadLetters/address").asText())
                .isEqualTo(config.getProperty("report.dead-letter.topic"))
                .isEqualTo(AssessmentEvents.TOPIC + ".dlq");
    }

    @Test
    void theMessageIsTheCloudEventTypeTheProducerSendsAndEveryReferenceResolves() {
        JsonNode message = asyncApi.at("/components/messages/assessmentCompletedV1");
        assertThat(message.path("name").asText()).isEqualTo("assessmentCompletedV1");
        assertThat(asyncApi.at("/components/schemas/cloudEventHeaders/properties/ce_type/const").asText())
                .isEqualTo(AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1);
        assertThat(asyncApi.at("/components/schemas/cloudEventHeaders/properties/ce_source/const").asText())
                .isEqualTo(AssessmentEvents.SOURCE);
        assertThat(asyncApi.at("/components/schemas/cloudEventHeaders/properties/ce_dataschema/const").asText())
                .isEqualTo(AssessmentEvents.DATA_SCHEMA_V1);
        for (String ref : refs(asyncApi, new ArrayList<>())) {
            if (ref.startsWith("#")) {
                assertThat(asyncApi.at(ref.substring(1)).isMissingNode()).as("reference " + ref).isFalse();
            }
        }
        assertThat(asyncApi.at("/operations/publishAssessmentCompleted/channel/$ref").asText())
                .isEqualTo("#/channels/assessmentEvents");
    }

    @Test
    void theReferencedDataSchemaExistsAndIsTheAssessmentCompletedSchema() {
        String ref = asyncApi.at("/components/messages/assessmentCompletedV1/payload/schema/$ref").asText();
        Path schema = DOCUMENT.getParent().resolve(ref).normalize();
        assertThat(schema).exists();
        assertThat(ApiContracts.repositoryRoot().relativize(schema).toString()).isEqualTo(AssessmentEvents.DATA_SCHEMA_V1);
        JsonNode json = read(schema);
        assertThat(json.path("title").asText()).isEqualTo("AssessmentCompletedV1");
        assertThat(json.path("required")).isNotEmpty();
    }

    private static List<String> refs(JsonNode node, List<String> found) {
        if (node.has("$ref")) {
            found.add(node.get("$ref").asText());
        }
        node.forEach(child -> refs(child, found));
        return found;
    }

    private static JsonNode read(Path file) {
        try {
            return (file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory()))
                    .readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
