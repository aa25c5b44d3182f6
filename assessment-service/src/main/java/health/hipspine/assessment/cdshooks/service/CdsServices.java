package health.hipspine.assessment.cdshooks.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Our CDS services and the FHIR data they ask the EHR to prefetch (the same for both: the patient's inputs). */
public final class CdsServices {

    public static final String PATIENT_VIEW = "hipspine-patient-view";
    public static final String IMAGING_ORDER_SELECT = "hipspine-imaging-order-select";

    /** The hip–spine assessment's answers (Questionnaire published by content-service), newest first. */
    public static final String QUESTIONNAIRE_RESPONSE = "questionnaireResponse";
    /** For EHRs that hold the findings as Observations instead: the Patient and its Observations. */
    public static final String PATIENT = "patient";
    public static final String OBSERVATIONS = "observations";

    static final Map<String, String> PREFETCH = prefetch();

    private CdsServices() {
    }

    private static Map<String, String> prefetch() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(QUESTIONNAIRE_RESPONSE, "QuestionnaireResponse?subject=Patient/{{context.patientId}}"
                + "&questionnaire=http://hipspine.health/fhir/Questionnaire/hip-spine-assessment&status=completed&_sort=-authored&_count=1");
        p.put(PATIENT, "Patient/{{context.patientId}}");
        p.put(OBSERVATIONS, "Observation?subject=Patient/{{context.patientId}}&status=final"
                + "&code=http://hipspine.health/fhir/CodeSystem/finding-code|,http://loinc.org|72514-3,http://loinc.org|30525-0&_count=200");
        return Map.copyOf(p);
    }

    public static Discovery discovery() {
        return new Discovery(List.of(
                new Discovery.Service("patient-view", "Hip–spine red flags and leading pain source",
                        "Scores the patient's latest hip–spine assessment (QuestionnaireResponse, or Patient and Observations): "
                                + "a critical card per EMERGENCY/URGENT red flag with its action and source, an info card with the "
                                + "leading pain source and its probability, links to the full result and report. Supports clinical "
                                + "judgement; it does not diagnose.",
                        PATIENT_VIEW, ordered(), usage()),
                new Discovery.Service("order-select", "No routine imaging for hip or low back pain",
                        "When a lumbar-spine or hip imaging order is selected and the patient's assessment shows no red flag, "
                                + "returns the \"no routine imaging\" guidance with its source and a suggestion to remove the order; "
                                + "with a red flag, the red-flag cards instead.",
                        IMAGING_ORDER_SELECT, ordered(), usage())));
    }

    private static Map<String, String> ordered() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : List.of(QUESTIONNAIRE_RESPONSE, PATIENT, OBSERVATIONS)) {
            m.put(key, PREFETCH.get(key));
        }
        return m;
    }

    private static String usage() {
        return "The EHR must be registered (issuer, JWKS, clinic) and its patients identified by their pseudonymous "
                + "patientRef (identifier system http://hipspine.health/fhir/sid/patient-ref). See docs/cds-hooks.md.";
    }

    public static Optional<String> hookOf(String serviceId) {
        return switch (serviceId == null ? "" : serviceId) {
            case PATIENT_VIEW -> Optional.of("patient-view");
            case IMAGING_ORDER_SELECT -> Optional.of("order-select");
            default -> Optional.empty();
        };
    }
}
