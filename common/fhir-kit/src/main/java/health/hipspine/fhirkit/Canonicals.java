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

    /** The scoring model's version (RiskAssessment.method). */
    public static final String MODEL = BASE + "/CodeSystem/model";
    /** Red-flag triage levels (EMERGENCY, URGENT, ...), the code of a Flag. */
    public static final String TRIAGE_LEVEL = BASE + "/CodeSystem/triage-level";
    /** Exercise codes of the content catalogue (CarePlan activities). */
    public static final String EXERCISE = BASE + "/CodeSystem/exercise";
    /** Questionnaire scores without a LOINC code (STarT Back total and psychosocial subscore). */
    public static final String QUESTIONNAIRE_SCORE = BASE + "/CodeSystem/questionnaire-score";

    // Systems of others, with the codes we use from them.
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    /** Oswestry Disability Index score. */
    public static final String LOINC_ODI = "97908-8";
    /** Pain severity 0-10 verbal numeric rating (NPRS). */
    public static final String LOINC_NPRS = "72514-3";
    /** Age, an input of a Bundle of Observations. */
    public static final String LOINC_AGE = "30525-0";

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
