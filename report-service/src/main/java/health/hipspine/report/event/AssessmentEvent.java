package health.hipspine.report.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A received {@code assessment.completed.v1} CloudEvent (binary mode), checked: a record that fails any check
 * is poison. The JSON is kept verbatim so the report can be re-rendered from exactly what arrived.
 */
public record AssessmentEvent(String eventId, AssessmentCompletedV1 data, String json) {

    public static final String SPEC_VERSION = "1.0";

    public static AssessmentEvent parse(String key, Headers headers, byte[] value, ObjectMapper mapper) {
        String id = header(headers, "ce_id");
        String type = header(headers, "ce_type");
        String specVersion = header(headers, "ce_specversion");
        if (id == null || id.isBlank()) {
            throw new PoisonEventException("missing ce_id header");
        }
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new PoisonEventException("unsupported ce_specversion: " + specVersion);
        }
        if (!AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1.equals(type)) {
            throw new PoisonEventException("unsupported ce_type: " + type);
        }
        String contentType = header(headers, "content-type");
        if (contentType != null && !contentType.startsWith("application/json")) {
            throw new PoisonEventException("unsupported content-type: " + contentType);
        }
        if (value == null || value.length == 0) {
            throw new PoisonEventException("empty event data");
        }
        AssessmentCompletedV1 data;
        try {
            data = mapper.readValue(value, AssessmentCompletedV1.class);
        } catch (IOException e) {
            // the parser's message can quote the payload: keep only the exception type
            throw new PoisonEventException("event data is not a valid AssessmentCompletedV1 JSON document ("
                    + e.getClass().getSimpleName() + ")");
        }
        require(data.assessmentId() != null, "assessmentId");
        require(notBlank(data.clinicId()), "clinicId");
        require(notBlank(data.patientRef()), "patientRef");
        require(data.result() != null, "result");
        require(data.result().triage() != null && notBlank(data.result().triage().level()), "result.triage.level");
        require(data.result().differential() != null, "result.differential");
        String subject = header(headers, "ce_subject");
        if (subject != null && !subject.equals(data.assessmentId().toString())) {
            throw new PoisonEventException("ce_subject does not match data.assessmentId");
        }
        if (key != null && !key.equals(data.assessmentId().toString())) {
            throw new PoisonEventException("record key does not match data.assessmentId");
        }
        String clinic = header(headers, AssessmentEvents.CLINIC_HEADER);
        if (clinic != null && !clinic.equals(data.clinicId())) {
            throw new PoisonEventException("hipspine_clinic header does not match data.clinicId");
        }
        return new AssessmentEvent(id, data, new String(value, StandardCharsets.UTF_8));
    }

    private static void require(boolean present, String field) {
        if (!present) {
            throw new PoisonEventException("required field missing: " + field);
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
