package health.hipspine.assessment.cdshooks;

/** FHIR inputs for CDS Hooks tests: the hip presentation of FhirAssessmentTest, optionally with one more finding. */
final class CdsFixtures {

    static final String PATIENT_REF_SYSTEM = "http://hipspine.health/fhir/sid/patient-ref";

    private CdsFixtures() {
    }

    static String hipResponse(String patientRef, String extraFinding) {
        StringBuilder odi = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            odi.append(",{\"linkId\":\"odi.").append(i).append("\",\"answer\":[{\"valueInteger\":3}]}");
        }
        int[] sb = {0, 1, 0, 0, 1, 0, 0, 1, 2};
        StringBuilder startBack = new StringBuilder();
        for (int i = 0; i < sb.length; i++) {
            startBack.append(",{\"linkId\":\"start-back.").append(i + 1).append("\",\"answer\":[{\"valueInteger\":").append(sb[i]).append("}]}");
        }
        return """
                {"resourceType":"QuestionnaireResponse","id":"qr-1","status":"completed",
                 "questionnaire":"http://hipspine.health/fhir/Questionnaire/hip-spine-assessment",
                 "subject":{"identifier":{"system":"%s","value":"%s"}},
                 "authored":"2026-11-20T10:15:00+01:00",
                 "item":[
                  {"linkId":"context","item":[
                    {"linkId":"age","answer":[{"valueInteger":64}]},
                    {"linkId":"sex","answer":[{"valueCoding":{"system":"http://hl7.org/fhir/administrative-gender","code":"female"}}]}]},
                  {"linkId":"group.symptom","item":[%s
                    {"linkId":"pain.groin","answer":[{"valueBoolean":true}]},
                    {"linkId":"pain.groin.side","answer":[{"valueCoding":{"system":"http://hipspine.health/fhir/CodeSystem/side","code":"right"}}]}]},
                  {"linkId":"group.examination","item":[
                    {"linkId":"test.fadir","answer":[{"valueBoolean":true}]},
                    {"linkId":"test.fadir.side","answer":[{"valueCoding":{"system":"http://hipspine.health/fhir/CodeSystem/side","code":"right"}}]},
                    {"linkId":"rom.hip.internal-rotation","answer":[{"valueDecimal":12}]},
                    {"linkId":"rom.hip.internal-rotation.side","answer":[{"valueCoding":{"system":"http://hipspine.health/fhir/CodeSystem/side","code":"right"}}]}]},
                  {"linkId":"odi","item":[%s]},
                  {"linkId":"start-back","item":[%s]},
                  {"linkId":"nprs","answer":[{"valueInteger":6}]}]}"""
                .formatted(PATIENT_REF_SYSTEM, patientRef, extraFinding, odi.substring(1), startBack.substring(1));
    }

    static String saddleAnaesthesia() {
        return "{\"linkId\":\"redflag.saddle-anaesthesia\",\"answer\":[{\"valueBoolean\":true}]},";
    }

    static String searchset(String resource) {
        return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":1,\"entry\":[{\"fullUrl\":\"http://ehr.example.org/fhir/"
                + "QuestionnaireResponse/qr-1\",\"resource\":" + resource + ",\"search\":{\"mode\":\"match\"}}]}";
    }

    /** An order-select draftOrders Bundle with one ServiceRequest. */
    static String draftOrders(String id, String codeText) {
        return """
                {"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"ServiceRequest","id":"%s",
                 "status":"draft","intent":"proposal",
                 "category":[{"coding":[{"system":"http://snomed.info/sct","code":"363679005","display":"Imaging"}]}],
                 "code":{"text":"%s"},"subject":{"reference":"Patient/ehr-patient-1"}}}]}""".formatted(id, codeText);
    }
}
