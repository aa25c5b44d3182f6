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

    /** The Patient of an EHR that holds the findings as Observations: only our pseudonymous identifier and the gender. */
    static String patient(String patientRef) {
        return """
                {"resourceType":"Patient","id":"ehr-patient-1","identifier":[{"system":"%s","value":"%s"}],"gender":"female"}"""
                .formatted(PATIENT_REF_SYSTEM, patientRef);
    }

    /** The Observations prefetch: a searchset of age (LOINC 30525-0), two findings with their side, and NPRS 5. */
    static String observations(String patientRef) {
        String subject = "{\"identifier\":{\"system\":\"" + PATIENT_REF_SYSTEM + "\",\"value\":\"" + patientRef + "\"}}";
        String side = "\"bodySite\":{\"coding\":[{\"system\":\"http://hipspine.health/fhir/CodeSystem/side\",\"code\":\"right\"}]}";
        String[] resources = {
                "{\"resourceType\":\"Observation\",\"id\":\"age\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"30525-0\"}]},"
                        + "\"subject\":" + subject + ",\"effectiveDateTime\":\"2026-11-20\",\"valueQuantity\":{\"value\":64,\"system\":\"http://unitsofmeasure.org\",\"code\":\"a\"}}",
                "{\"resourceType\":\"Observation\",\"id\":\"groin\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://hipspine.health/fhir/CodeSystem/finding-code\",\"code\":\"pain.groin\"}]},"
                        + "\"subject\":" + subject + ",\"effectiveDateTime\":\"2026-11-20\",\"valueBoolean\":true," + side + "}",
                "{\"resourceType\":\"Observation\",\"id\":\"ir\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://hipspine.health/fhir/CodeSystem/finding-code\",\"code\":\"rom.hip.internal-rotation\"}]},"
                        + "\"subject\":" + subject + ",\"effectiveDateTime\":\"2026-11-20\",\"valueQuantity\":{\"value\":12,\"system\":\"http://unitsofmeasure.org\",\"code\":\"deg\"}," + side + "}",
                "{\"resourceType\":\"Observation\",\"id\":\"nprs\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72514-3\"}]},"
                        + "\"subject\":" + subject + ",\"effectiveDateTime\":\"2026-11-20\",\"valueInteger\":5}"};
        StringBuilder entries = new StringBuilder();
        for (String resource : resources) {
            entries.append(entries.isEmpty() ? "" : ",").append("{\"resource\":").append(resource).append(",\"search\":{\"mode\":\"match\"}}");
        }
        return "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":" + resources.length + ",\"entry\":[" + entries + "]}";
    }

    static final String EMPTY_SEARCHSET = "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":0}";
}
