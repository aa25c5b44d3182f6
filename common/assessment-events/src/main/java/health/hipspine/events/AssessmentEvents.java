package health.hipspine.events;

/** Names of the assessment event stream. They are a contract: consumers depend on them. */
public final class AssessmentEvents {

    /** Kafka topic; key = assessment id. */
    public static final String TOPIC = "assessment-events";

    /** CloudEvents {@code type} of a scored, stored assessment; the suffix is the data version. */
    public static final String TYPE_ASSESSMENT_COMPLETED_V1 = "health.hipspine.assessment.completed.v1";

    /** CloudEvents {@code source}. */
    public static final String SOURCE = "/hipspine/assessment-service";

    /** CloudEvents {@code dataschema}: the JSON Schema committed in docs/events/. */
    public static final String DATA_SCHEMA_V1 = "docs/events/assessment-completed-v1.schema.json";

    /** Kafka header carrying the clinic, so consumers can route without parsing the body. */
    public static final String CLINIC_HEADER = "hipspine_clinic";

    private AssessmentEvents() {
    }
}
