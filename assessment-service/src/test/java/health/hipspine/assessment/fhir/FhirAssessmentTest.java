package health.hipspine.assessment.fhir;

import ca.uhn.fhir.context.FhirContext;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.fhirkit.validation.R4Validator;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import health.hipspine.testing.contract.MalformedRequests;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class FhirAssessmentTest {

    /** fhir-kit's offline validator on the base R4 specification; our own code systems are unknown to it (warnings). */
    static final R4Validator VALIDATOR = new R4Validator(FhirContext.forR4Cached());
    static final String CLINICIAN_A = TestTokens.clinician(TestTokens.CLINIC_A);
    static final String EHR_A = TestTokens.integration(TestTokens.CLINIC_A);
    static final String CLINICIAN_B = TestTokens.clinician(TestTokens.CLINIC_B);
    static final String FHIR_JSON = "application/fhir+json";
    static final String ASSESS = "/fhir/r4/QuestionnaireResponse/$assess";
    static final String PATIENT_REF = "http://hipspine.health/fhir/sid/patient-ref";
    /** The fields of the JSON API's result that scoring decides (ids and times differ by nature). */
    static final List<String> SCORED = List.of("modelVersion", "contentRelease", "triage", "differential", "hipSpineSyndrome",
            "questionnaires", "exercisePlan", "nextSteps", "warnings", "setting", "leadingCategory", "patientInstruction",
            "loadedExerciseSuppressed", "suppressedSuggestions");

    static String newPatient() {
        return "pt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The same presentation as {@link Submissions#hip(String)}, as Questionnaire/hip-spine-assessment + odi, start-back, nprs answers. */
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
                {"resourceType":"QuestionnaireResponse","status":"completed",
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
                .formatted(PATIENT_REF, patientRef, extraFinding, odi.substring(1), startBack.substring(1));
    }

    static Response assess(String token, String body) {
        return given().auth().oauth2(token).contentType(FHIR_JSON).body(body).when().post(ASSESS);
    }

    static Map<String, Object> scored(String token, String assessmentId) {
        Map<String, Object> view = given().auth().oauth2(token).when().get("/api/v1/assessments/" + assessmentId)
                .then().statusCode(200).extract().jsonPath().getMap("");
        view.keySet().retainAll(SCORED);
        return view;
    }

    /** Keeps what a test received under target/fhir-examples: docs/fhir.md quotes these. */
    static void keep(String name, String json) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "fhir-examples");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name + ".json"), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void assertValidR4(String json) {
        assertThat(VALIDATOR.errors(json)).as("R4 validation errors of %s", json).isEmpty();
    }

    @Test
    void aQuestionnaireResponseIsScoredLikeTheSameInputsThroughTheJsonApi() {
        ContentServiceStub.stubCatalogue();
        String patient = newPatient();
        Response fhir = assess(EHR_A, hipResponse(patient, ""));
        fhir.then().statusCode(201)
                .contentType(startsWith(FHIR_JSON))
                .header("Location", containsString("/fhir/r4/RiskAssessment/"))
                .header("Idempotent-Replayed", "false")
                .body("resourceType", equalTo("Bundle"))
                .body("type", equalTo("collection"))
                .body("entry[0].resource.resourceType", equalTo("RiskAssessment"));
        String fhirId = fhir.path("entry[0].resource.id");

        String jsonId = given().auth().oauth2(CLINICIAN_A).contentType("application/json").body(Submissions.hip(newPatient()))
                .when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");

        Map<String, Object> throughFhir = scored(CLINICIAN_A, fhirId);
        assertThat(throughFhir.get("triage")).isNotNull();
        assertThat(throughFhir).isEqualTo(scored(CLINICIAN_A, jsonId));
    }

    @Test
    void everyResourceOfTheAnswerTheReadAndTheSearchIsValidR4() {
        ContentServiceStub.stubCatalogue();
        String patient = newPatient();
        Response created = assess(EHR_A, hipResponse(patient, ""));
        created.then().statusCode(201)
                .body("entry.resource.resourceType", hasItem("Observation"))
                .body("entry.resource.resourceType", hasItem("CarePlan"))
                .body("entry.find { it.resource.code?.coding?.getAt(0)?.code == '97908-8' }.resource.valueQuantity.value", equalTo(60.0f))
                .body("entry.find { it.resource.code?.coding?.getAt(0)?.code == '72514-3' }.resource.valueInteger", equalTo(6))
                .body("entry[0].resource.prediction.size()", equalTo(6))
                .body("entry[0].resource.prediction[0].rationale", containsString("Pre-test probability"))
                // the category's code stays in the coding; its text is the name a clinician reads
                .body("entry[0].resource.prediction.find { it.outcome.coding[0].code == 'HIP_INTRA_ARTICULAR' }.outcome.text",
                        equalTo("Hip joint (intra-articular)"));
        assertValidR4(created.asString());
        keep("assess-response", created.asString());

        String read = given().auth().oauth2(CLINICIAN_A).accept(FHIR_JSON).when().get(created.header("Location"))
                .then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("RiskAssessment"))
                .body("basis[0].reference", startsWith("#"))
                .extract().asString();
        assertValidR4(read);
        keep("read-response", read);
        // a client asking for plain JSON gets the same FHIR JSON, labelled as such (fhir-kit's writer)
        given().auth().oauth2(CLINICIAN_A).accept("application/json").when().get(created.header("Location"))
                .then().statusCode(200).contentType(startsWith(FHIR_JSON)).body("resourceType", equalTo("RiskAssessment"));

        String search = given().auth().oauth2(CLINICIAN_A).queryParam("subject", PATIENT_REF + "|" + patient)
                .when().get("/fhir/r4/RiskAssessment").then().statusCode(200)
                .body("type", equalTo("searchset")).body("entry.size()", equalTo(1))
                .body("entry[0].fullUrl", equalTo(created.header("Location")))
                .extract().asString();
        assertValidR4(search);
    }

    @Test
    void anEmergencyRedFlagBecomesAFlagAndTheExercisePlanIsHeldBack() {
        ContentServiceStub.stubCatalogue();
        String body = hipResponse(newPatient(), "{\"linkId\":\"redflag.saddle-anaesthesia\",\"answer\":[{\"valueBoolean\":true}]},");
        Response created = assess(EHR_A, body);
        keep("emergency-response", created.asString());
        created.then().statusCode(201)
                .body("entry.find { it.resource.resourceType == 'Flag' }.resource.code.coding[0].code", equalTo("EMERGENCY"))
                .body("entry.find { it.resource.resourceType == 'Flag' }.resource.status", equalTo("active"))
                .body("entry.find { it.resource.resourceType == 'CarePlan' }.resource.status", equalTo("on-hold"));
        assertValidR4(created.asString());
    }

    @Test
    void hoos12AnswersAreScoredLikeTheJsonApisHoos12AndComeBackAsAValidObservation() {
        ContentServiceStub.stubCatalogue();
        int[] items = {1, 2, 2, 1, 3, 2, 1, 2, 2, 3, 1, 2};
        StringBuilder pain = new StringBuilder();
        StringBuilder function = new StringBuilder();
        StringBuilder qol = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            StringBuilder scale = i < 4 ? pain : i < 8 ? function : qol;
            scale.append(scale.isEmpty() ? "" : ",").append("{\"linkId\":\"hoos-12.").append(i + 1)
                    .append("\",\"answer\":[{\"valueInteger\":").append(items[i]).append("}]}");
        }
        String hoos = """
                {"linkId":"hoos-12.pain","item":[%s]},{"linkId":"hoos-12.function","item":[%s]},{"linkId":"hoos-12.qol","item":[%s]},"""
                .formatted(pain, function, qol);
        // the HOOS-12 groups go at the top level of the response, next to the odi, start-back and nprs groups
        String body = hipResponse(newPatient(), "").replace("{\"linkId\":\"odi\",", hoos + "{\"linkId\":\"odi\",");
        Response created = assess(EHR_A, body);
        created.then().statusCode(201);
        assertValidR4(created.asString());
        keep("assess-hoos12-response", created.asString());
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, created.asString());
        Observation hoos12 = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Observation o && o.getCode().getCodingFirstRep().getCode().equals("hoos-12"))
                .map(Observation.class::cast).findFirst().orElseThrow();
        assertThat(hoos12.getComponent()).extracting(c -> c.getCode().getCodingFirstRep().getCode())
                .contains("hoos-12-pain", "hoos-12-function", "hoos-12-qol");

        StringBuilder list = new StringBuilder();
        for (int item : items) {
            list.append(list.isEmpty() ? "" : ",").append(item);
        }
        String json = Submissions.hip(newPatient()).replace("\"nprs\":", "\"hoos12\":[" + list + "],\"nprs\":");
        assertThat(json).contains("hoos12");
        String jsonId = given().auth().oauth2(CLINICIAN_A).contentType("application/json").body(json)
                .when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        Map<String, Object> throughFhir = scored(CLINICIAN_A, created.path("entry[0].resource.id"));
        assertThat(throughFhir.get("questionnaires").toString()).contains("hoos12");
        assertThat(throughFhir).isEqualTo(scored(CLINICIAN_A, jsonId));
        double painScore = ((Number) given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/assessments/" + jsonId)
                .then().extract().path("questionnaires.hoos12.pain")).doubleValue();
        assertThat(hoos12.getComponent().stream().filter(c -> c.getCode().getCodingFirstRep().getCode().equals("hoos-12-pain"))
                .findFirst().orElseThrow().getValueQuantity().getValue().doubleValue()).isEqualTo(painScore);
    }

    @Test
    void theCapabilityStatementIsPublicAndValidAndNamesAssessAndRiskAssessment() {
        Response metadata = given().when().get("/fhir/r4/metadata");
        metadata.then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("CapabilityStatement"))
                .body("fhirVersion", equalTo("4.0.1"))
                .body("rest[0].resource.type", hasItem("RiskAssessment"))
                .body("rest[0].resource.find { it.type == 'QuestionnaireResponse' }.operation[0].name", equalTo("assess"))
                .body("rest[0].resource.find { it.type == 'OperationDefinition' }.interaction.code", equalTo(java.util.List.of("read")));
        assertValidR4(metadata.asString());
        keep("metadata", metadata.asString());
    }

    @Test
    void theOperationDefinitionTheCapabilityStatementNamesIsReadableAndValid() {
        String canonical = given().when().get("/fhir/r4/metadata").then().statusCode(200)
                .extract().path("rest[0].resource.find { it.type == 'QuestionnaireResponse' }.operation[0].definition");
        String id = canonical.substring(canonical.lastIndexOf('/') + 1);
        Response read = given().auth().oauth2(CLINICIAN_A).accept(FHIR_JSON).when().get("/fhir/r4/OperationDefinition/" + id);
        read.then().statusCode(200).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationDefinition"))
                .body("url", equalTo(canonical))
                .body("code", equalTo("assess"))
                .body("resource", equalTo(java.util.List.of("QuestionnaireResponse")))
                .body("type", equalTo(true))
                .body("instance", equalTo(false))
                .body("parameter.find { it.use == 'in' }.name", equalTo("resource"))
                .body("parameter.find { it.use == 'out' }.name", equalTo("return"))
                .body("parameter.find { it.use == 'out' }.type", equalTo("Bundle"));
        assertValidR4(read.asString());
        keep("operation-definition-assess", read.asString());

        given().when().get("/fhir/r4/OperationDefinition/" + id).then().statusCode(401);
        given().auth().oauth2(CLINICIAN_A).accept(FHIR_JSON).when().get("/fhir/r4/OperationDefinition/RiskAssessment-other")
                .then().statusCode(404).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void aBundleOfObservationsIsScoredLikeTheSameFindingsThroughTheJsonApi() {
        ContentServiceStub.stubCatalogue();
        String patient = newPatient();
        String bundle = """
                {"resourceType":"Bundle","type":"collection","entry":[
                 {"resource":{"resourceType":"Patient","identifier":[{"system":"%1$s","value":"%2$s"}],"gender":"female"}},
                 {"resource":{"resourceType":"Observation","status":"final",
                   "code":{"coding":[{"system":"http://loinc.org","code":"30525-0"}]},
                   "subject":{"identifier":{"system":"%1$s","value":"%2$s"}},"effectiveDateTime":"2026-11-20",
                   "valueQuantity":{"value":64,"system":"http://unitsofmeasure.org","code":"a"}}},
                 {"resource":{"resourceType":"Observation","status":"final",
                   "code":{"coding":[{"system":"http://hipspine.health/fhir/CodeSystem/finding-code","code":"pain.groin"}]},
                   "subject":{"identifier":{"system":"%1$s","value":"%2$s"}},"effectiveDateTime":"2026-11-20","valueBoolean":true,
                   "bodySite":{"coding":[{"system":"http://hipspine.health/fhir/CodeSystem/side","code":"right"}]}}},
                 {"resource":{"resourceType":"Observation","status":"final",
                   "code":{"coding":[{"system":"http://hipspine.health/fhir/CodeSystem/finding-code","code":"rom.hip.internal-rotation"}]},
                   "subject":{"identifier":{"system":"%1$s","value":"%2$s"}},"effectiveDateTime":"2026-11-20",
                   "valueQuantity":{"value":12,"system":"http://unitsofmeasure.org","code":"deg"},
                   "bodySite":{"coding":[{"system":"http://hipspine.health/fhir/CodeSystem/side","code":"right"}]}}},
                 {"resource":{"resourceType":"Observation","status":"final",
                   "code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
                   "subject":{"identifier":{"system":"%1$s","value":"%2$s"}},"effectiveDateTime":"2026-11-20","valueInteger":5}}]}"""
                .formatted(PATIENT_REF, patient);
        Response created = assess(EHR_A, bundle);
        created.then().statusCode(201);
        assertValidR4(created.asString());

        String json = """
                {"patientRef":"%s","encounterDate":"2026-11-20","age":64,"sex":"female",
                 "findings":[{"code":"pain.groin","value":true,"side":"right"},{"code":"rom.hip.internal-rotation","value":12,"side":"right"}],
                 "questionnaires":{"nprs":5}}""".formatted(newPatient());
        String jsonId = given().auth().oauth2(CLINICIAN_A).contentType("application/json").body(json)
                .when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        assertThat(scored(CLINICIAN_A, created.path("entry[0].resource.id"))).isEqualTo(scored(CLINICIAN_A, jsonId));
    }

    @Test
    void clinicBCannotReadOrFindClinicAsRiskAssessment() {
        ContentServiceStub.stubCatalogue();
        String patient = newPatient();
        Response created = assess(CLINICIAN_A, hipResponse(patient, ""));
        String id = created.then().statusCode(201).extract().path("entry[0].resource.id");

        String notFound = given().auth().oauth2(CLINICIAN_B).when().get("/fhir/r4/RiskAssessment/" + id)
                .then().statusCode(404).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("not-found"))
                .extract().asString();
        assertValidR4(notFound);
        given().auth().oauth2(CLINICIAN_B).queryParam("subject", PATIENT_REF + "|" + patient)
                .when().get("/fhir/r4/RiskAssessment").then().statusCode(200).body("entry", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(CLINICIAN_A).when().get("/fhir/r4/RiskAssessment/" + id).then().statusCode(200);

        // audited as on the JSON API: the refused and the successful read, and the create
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", id).when().get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("READ", "READ", "CREATE")))
                .body("items.outcome", equalTo(List.of("SUCCESS", "NOT_FOUND", "SUCCESS")));
    }

    @Test
    @MalformedRequests("truncated FHIR JSON, to prove the 400")
    void unreadableFhirJsonIsA400OperationOutcome() {
        assess(EHR_A, "{\"resourceType\":\"QuestionnaireResponse\",").then().statusCode(400)
                .contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("invalid"));
        // an element R4 does not have is refused, as the JSON API refuses unknown properties
        assess(EHR_A, "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"patientName\":\"Jane Doe\"}")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        assess(EHR_A, Submissions.hip(newPatient())).then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void anUnknownFindingLinkIdIsA422OperationOutcomeNamingTheItem() {
        ContentServiceStub.stubCatalogue();
        String body = hipResponse(newPatient(), "{\"linkId\":\"pain.elbow\",\"answer\":[{\"valueBoolean\":true}]},");
        String outcome = assess(EHR_A, body).then().statusCode(422)
                .contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome"))
                .body("issue[0].code", equalTo("invalid"))
                .body("issue[0].expression[0]", equalTo("QuestionnaireResponse.item[1].item[0].linkId"))
                .extract().asString();
        assertValidR4(outcome);
        keep("unknown-linkid-outcome", outcome);

        String wrongType = hipResponse(newPatient(), "").replace("{\"valueDecimal\":12}", "{\"valueString\":\"twelve\"}");
        assess(EHR_A, wrongType).then().statusCode(422)
                .body("issue[0].expression[0]", equalTo("QuestionnaireResponse.item[2].item[2].answer[0]"));
    }

    @Test
    void noTokenABadTokenAWrongRoleOrAMissingSearchParameterIsAnOperationOutcome() {
        // no token: refused inside JAX-RS (/fhir/* is left to @RolesAllowed), with the Bearer challenge
        for (Response noToken : List.of(
                given().contentType(FHIR_JSON).body(hipResponse(newPatient(), "")).when().post(ASSESS),
                given().when().get("/fhir/r4/RiskAssessment/" + UUID.randomUUID()),
                given().queryParam("subject", "p-1").when().get("/fhir/r4/RiskAssessment"))) {
            noToken.then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer")).contentType(startsWith(FHIR_JSON))
                    .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("login"));
            assertValidR4(noToken.asString());
        }
        // an expired token: refused by proactive authentication before JAX-RS, answered by fhir-kit's FhirSecurityFailures
        given().auth().oauth2(TestTokens.token().roles("clinician").expired().sign())
                .when().get("/fhir/r4/RiskAssessment/" + UUID.randomUUID()).then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("login"));
        given().auth().oauth2(TestTokens.contentEditor()).when().get("/fhir/r4/RiskAssessment/" + UUID.randomUUID())
                .then().statusCode(403).contentType(startsWith(FHIR_JSON))
                .body("resourceType", equalTo("OperationOutcome")).body("issue[0].code", equalTo("forbidden"));
        given().auth().oauth2(CLINICIAN_A).when().get("/fhir/r4/RiskAssessment")
                .then().statusCode(400).body("resourceType", equalTo("OperationOutcome"));
        // the JSON API keeps its problem details
        given().auth().oauth2(TestTokens.contentEditor()).when().get("/api/v1/assessments/" + UUID.randomUUID())
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theOperationNameMayArriveUnencodedOrPercentEncoded() {
        ContentServiceStub.stubCatalogue();
        given().urlEncodingEnabled(false).auth().oauth2(EHR_A).contentType(FHIR_JSON).body(hipResponse(newPatient(), ""))
                .when().post(ASSESS).then().statusCode(201);
    }

    @Test
    @MalformedRequests("an operation name outside the contract's enum ($assess), to prove the declared 404")
    void anotherOperationNameIsA404OperationOutcome() {
        given().auth().oauth2(EHR_A).contentType(FHIR_JSON).body(hipResponse(newPatient(), ""))
                .when().post("/fhir/r4/QuestionnaireResponse/$evaluate").then().statusCode(404)
                .body("resourceType", equalTo("OperationOutcome"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersTheFirstAssessment() {
        ContentServiceStub.stubCatalogue();
        String body = hipResponse(newPatient(), "");
        String key = "ehr-" + UUID.randomUUID();
        Response first = given().auth().oauth2(EHR_A).contentType(FHIR_JSON).header("Idempotency-Key", key).body(body).when().post(ASSESS);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response again = given().auth().oauth2(EHR_A).contentType(FHIR_JSON).header("Idempotency-Key", key).body(body).when().post(ASSESS);
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("entry[0].resource.id", equalTo(first.path("entry[0].resource.id")));
        JsonPath changed = given().auth().oauth2(EHR_A).contentType(FHIR_JSON).header("Idempotency-Key", key)
                .body(body.replace("{\"valueInteger\":6}", "{\"valueInteger\":7}")).when().post(ASSESS)
                .then().statusCode(422).extract().jsonPath();
        assertThat(changed.getString("resourceType")).isEqualTo("OperationOutcome");
    }
}
