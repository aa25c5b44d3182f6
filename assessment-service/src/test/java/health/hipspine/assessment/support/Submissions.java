package health.hipspine.assessment.support;

/** Request bodies for tests: a plausible hip presentation, with knobs for the bad variants. */
public final class Submissions {

    private Submissions() {
    }

    public static String hip(String patientRef) {
        return hip(patientRef, "2026-11-20", 6, 3);
    }

    /** @param nprs pain now; @param odiSection the score given to each of the 10 ODI sections */
    public static String hip(String patientRef, String encounterDate, int nprs, int odiSection) {
        String odi = ("" + odiSection + ",").repeat(10);
        return """
                {"patientRef":"%s","encounterDate":"%s","age":64,"sex":"female",
                 "findings":[{"code":"pain.groin","value":true,"side":"right"},
                             {"code":"test.fadir","value":true,"side":"right"},
                             {"code":"rom.hip.internal-rotation","value":12,"side":"right"}],
                 "questionnaires":{"odi":[%s],"startBack":[0,1,0,0,1,0,0,1,2],"nprs":%d}}"""
                .formatted(patientRef, encounterDate, odi.substring(0, odi.length() - 1), nprs);
    }

    /** A hip presentation with the given ODI section answers (a JSON array body, nulls allowed) and no NPRS. */
    public static String hipWithOdi(String patientRef, String encounterDate, String odiSections) {
        return """
                {"patientRef":"%s","encounterDate":"%s","age":64,"sex":"female",
                 "findings":[{"code":"pain.groin","value":true,"side":"right"}],
                 "questionnaires":{"odi":[%s]}}"""
                .formatted(patientRef, encounterDate, odiSections);
    }

    /** A hip presentation with HOOS-12 item scores (a JSON array body, nulls allowed), STarT Back and NPRS. */
    public static String hipWithHoos12(String patientRef, String encounterDate, String hoos12Items, int nprs) {
        return """
                {"patientRef":"%s","encounterDate":"%s","age":64,"sex":"female",
                 "findings":[{"code":"pain.groin","value":true,"side":"right"}],
                 "questionnaires":{"hoos12":[%s],"startBack":[1,1,1,1,1,1,1,1,4],"nprs":%d}}"""
                .formatted(patientRef, encounterDate, hoos12Items, nprs);
    }

    /** Low back pain with STarT Back answers (a JSON array body) and HOOS-12 items. */
    public static String backPain(String patientRef, String startBack, String hoos12Items) {
        return """
                {"patientRef":"%s","encounterDate":"2026-11-20","age":48,"sex":"male",
                 "findings":[{"code":"pain.low-back","value":true}],
                 "questionnaires":{"startBack":[%s],"hoos12":[%s]}}"""
                .formatted(patientRef, startBack, hoos12Items);
    }
}
