package health.hipspine.report.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.report.EventPublisher;
import health.hipspine.report.SampleEvents;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which records are poison (dead-lettered at once, never retried), and that the reason never quotes the payload. */
class AssessmentEventTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private final AssessmentCompletedV1 data = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-SECRET");
    private final String key = data.assessmentId().toString();

    private RecordHeaders headers(String type) {
        RecordHeaders h = new RecordHeaders();
        h.add("ce_id", "evt-1".getBytes(StandardCharsets.UTF_8));
        h.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        h.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        h.add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        h.add(AssessmentEvents.CLINIC_HEADER, "clinic-a".getBytes(StandardCharsets.UTF_8));
        return h;
    }

    @Test
    void aWellFormedEventKeepsItsIdDataAndJsonVerbatim() {
        byte[] json = EventPublisher.json(data);
        AssessmentEvent event = AssessmentEvent.parse(key, headers(AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1), json, MAPPER);
        assertThat(event.eventId()).isEqualTo("evt-1");
        assertThat(event.data().patientRef()).isEqualTo("PT-SECRET");
        assertThat(event.json()).isEqualTo(new String(json, StandardCharsets.UTF_8));
    }

    @Test
    void anotherTypeUnparseableDataOrAMismatchedKeyIsPoisonWithAReasonThatQuotesNoPayload() {
        RecordHeaders v1 = headers(AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1);
        assertThatThrownBy(() -> AssessmentEvent.parse(key, headers("health.hipspine.assessment.completed.v2"), EventPublisher.json(data), MAPPER))
                .isInstanceOf(PoisonEventException.class).hasMessage("unsupported ce_type: health.hipspine.assessment.completed.v2");
        assertThatThrownBy(() -> AssessmentEvent.parse(key, v1, "{\"patientRef\":\"PT-SECRET\"".getBytes(StandardCharsets.UTF_8), MAPPER))
                .isInstanceOf(PoisonEventException.class).message().doesNotContain("PT-SECRET").startsWith("event data is not a valid");
        assertThatThrownBy(() -> AssessmentEvent.parse("another-key", v1, EventPublisher.json(data), MAPPER))
                .isInstanceOf(PoisonEventException.class).hasMessage("record key does not match data.assessmentId");
        AssessmentCompletedV1 noPatient = SampleEvents.typical(data.assessmentId(), "clinic-a", null);
        assertThatThrownBy(() -> AssessmentEvent.parse(key, v1, EventPublisher.json(noPatient), MAPPER))
                .isInstanceOf(PoisonEventException.class).hasMessage("required field missing: patientRef");
    }
}
