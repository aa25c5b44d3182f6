package health.hipspine.assessment.fhir.mapping;

/**
 * Canonical URLs and identifier systems this service reads and writes. The values are the suite's contracts,
 * the same strings as content-service publishes (common/fhir-kit's {@code Canonicals}): add, never change.
 */
public final class FhirSystems {

    public static final String BASE = "http://hipspine.health/fhir";
    public static final String FINDING_CODE = BASE + "/CodeSystem/finding-code";
    public static final String CATEGORY = BASE + "/CodeSystem/category";
    public static final String SIDE = BASE + "/CodeSystem/side";
    public static final String SETTING = BASE + "/CodeSystem/setting";
    public static final String PATIENT_REF = BASE + "/sid/patient-ref";
    public static final String ASSESSMENT_ID = BASE + "/sid/assessment-id";
    /** Ours, first used here: the model version (RiskAssessment.method), triage levels, exercises, scores without LOINC. */
    public static final String MODEL = BASE + "/CodeSystem/model";
    public static final String TRIAGE_LEVEL = BASE + "/CodeSystem/triage-level";
    public static final String EXERCISE = BASE + "/CodeSystem/exercise";
    public static final String QUESTIONNAIRE_SCORE = BASE + "/CodeSystem/questionnaire-score";

    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";
    /** Oswestry Disability Index score, NPRS pain now, and age (an input of a Bundle of Observations). */
    public static final String LOINC_ODI = "97908-8";
    public static final String LOINC_NPRS = "72514-3";
    public static final String LOINC_AGE = "30525-0";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";

    private FhirSystems() {
    }
}
