package health.hipspine.fhirkit;

/**
 * The suite's canonical URLs and identifier systems. They are contracts: EHRs store them, so add, never change.
 * Content publishes the code systems, questionnaires and value sets; assessment and report use the same URLs.
 */
public final class Canonicals {

    public static final String BASE = "http://hipspine.health/fhir";

    /** Every finding code of the catalogue (pain.groin, test.slr, redflag.fever, ...). */
    public static final String FINDING_CODE = BASE + "/CodeSystem/finding-code";
    /** The differential categories (HIP_INTRA_ARTICULAR, ..., LUMBAR_NONSPECIFIC). */
    public static final String CATEGORY = BASE + "/CodeSystem/category";
    /** Side of a finding: left, right, bilateral (our wire form). */
    public static final String SIDE = BASE + "/CodeSystem/side";
    /** Where the patient is seen: primary-care, specialist (our wire form). */
    public static final String SETTING = BASE + "/CodeSystem/setting";
    /** Kinds of document the report service issues (clinician-report, patient-handout). */
    public static final String DOCUMENT_KIND = BASE + "/CodeSystem/document-kind";

    /** The pseudonymous patient reference (our patientRef), unique within a clinic. */
    public static final String PATIENT_REF = BASE + "/sid/patient-ref";
    /** Our assessment id (a UUID). */
    public static final String ASSESSMENT_ID = BASE + "/sid/assessment-id";

    public static String codeSystem(String id) {
        return BASE + "/CodeSystem/" + id;
    }

    public static String valueSet(String id) {
        return BASE + "/ValueSet/" + id;
    }

    public static String questionnaire(String id) {
        return BASE + "/Questionnaire/" + id;
    }

    private Canonicals() {
    }
}
