package health.hipspine.assessment;

import health.hipspine.testing.ManagementInterface;
import health.hipspine.testing.contract.MalformedRequests;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class AssessmentApiTest {

    static final String CLINICIAN_A = TestTokens.clinician(TestTokens.CLINIC_A);
    static final String CLINICIAN_B = TestTokens.clinician(TestTokens.CLINIC_B);

    @Inject
    AgroalDataSource dataSource;

    static String newPatient() {
        return "pt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Response post(String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/api/v1/assessments");
    }

    long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theHealthDocumentIsUpEveryTimeItsOutboxChecksRunSideBySide() {
        // /q/health runs the readiness and wellness outbox checks at the same time; they must not share a session
        for (int i = 0; i < 40; i++) {
            given().when().get(ManagementInterface.url("/q/health")).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void aClinicianSubmitsAndGets201WithLocationAndTheScoredResult() {
        ContentServiceStub.stubCatalogue();
        Response created = post(CLINICIAN_A, Submissions.hip(newPatient()));
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .header("Idempotent-Replayed", "false")
                .body("id", notNullValue())
                .body("createdAt", notNullValue())
                .body("modelVersion", notNullValue())
                .body("contentRelease", equalTo(ContentServiceStub.RELEASE))
                .body("triage.level", notNullValue())
                .body("differential", notNullValue())
                .body("hipSpineSyndrome.suspected", notNullValue())
                .body("questionnaires.nprs", equalTo(6))
                .body("exercisePlan.complete", equalTo(true))
                .body("nextSteps", notNullValue())
                .body("warnings.code", not(hasItem("content-unavailable")));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/assessments/" + id);

        given().auth().oauth2(CLINICIAN_A).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(id)).body("createdAt", equalTo(created.path("createdAt")));
    }

    @Test
    void theExercisePlanLeavesOutExercisesALikelyConditionSaysToAvoidAndRetiredOnes() {
        ContentServiceStub.stubCatalogue();
        post(CLINICIAN_A, Submissions.hip(newPatient())).then().statusCode(201)
                .body("exercisePlan.items.exerciseCode", hasItems("bridge", "clamshell"))
                .body("exercisePlan.items.exerciseCode", not(hasItem("deep-squat")))
                .body("exercisePlan.items.exerciseCode", not(hasItem("old-exercise")))
                .body("exercisePlan.items.find { it.exerciseCode == 'bridge' }.dosage", equalTo("3 x 10, daily"));
    }

    @Test
    void anEmergencyHoldsBackTheExercisePlanAndTheInjectionAndTellsThePatientWhereToGo() {
        ContentServiceStub.stubCatalogue();
        String emergency = Submissions.hip(newPatient()).replace("\"findings\":[",
                "\"findings\":[{\"code\":\"redflag.saddle-anaesthesia\",\"value\":true},");
        post(CLINICIAN_A, emergency).then().statusCode(201)
                .body("triage.level", equalTo("EMERGENCY"))
                .body("loadedExerciseSuppressed", equalTo(true))
                .body("exercisePlan.items", empty())
                .body("exercisePlan.note", containsString("held back"))
                .body("patientInstruction.level", equalTo("EMERGENCY"))
                .body("patientInstruction.translations.es", notNullValue())
                .body("nextSteps.code", not(hasItem(containsString("injection"))));
    }

    @Test
    void theSettingChoosesThePriorsAndIsEchoedPrimaryCareByDefault() {
        ContentServiceStub.stubCatalogue();
        String body = Submissions.hip(newPatient());
        Response primary = post(CLINICIAN_A, body);
        primary.then().statusCode(201).body("setting", equalTo("primary-care"));
        Response specialist = post(CLINICIAN_A, body.replace("\"age\":64", "\"setting\":\"specialist\",\"age\":64"));
        specialist.then().statusCode(201).body("setting", equalTo("specialist"));
        // Birrell 2000 (primary care) and the specialist-clinic prevalence differ: the hip prior follows the setting
        float primaryPrior = primary.path("differential.find { it.category == 'HIP_INTRA_ARTICULAR' }.preTestProbability");
        float specialistPrior = specialist.path("differential.find { it.category == 'HIP_INTRA_ARTICULAR' }.preTestProbability");
        assertThat(specialistPrior).isNotEqualTo(primaryPrior);
    }

    static Stream<Arguments> badSubmissions() {
        String ok = Submissions.hip("pt-bad-input");
        return Stream.of(
                Arguments.of("unknown finding code", ok.replace("\"pain.groin\"", "\"pain.elbow\""), 422, "findings[0].code"),
                Arguments.of("boolean where the catalogue wants a number", ok.replace("\"value\":12", "\"value\":true"), 422, "findings[2].value"),
                Arguments.of("number out of range", ok.replace("\"value\":12", "\"value\":999"), 422, "findings[2].value"),
                Arguments.of("value that is neither boolean nor number", ok.replace("\"value\":12", "\"value\":\"twelve\""), 422, "findings[2].value"),
                Arguments.of("missing value", ok.replace("\"value\":12,", ""), 422, "findings[2].value"),
                Arguments.of("unknown side", ok.replace("\"side\":\"right\"}", "\"side\":\"up\"}"), 422, "findings[0].side"),
                Arguments.of("missing patientRef", ok.replace("\"patientRef\":\"pt-bad-input\",", ""), 422, "patientRef"),
                Arguments.of("a name as patientRef", ok.replace("pt-bad-input", "Jane Doe"), 422, "patientRef"),
                Arguments.of("missing findings", ok.replaceAll("\"findings\":\\[[^]]*],", ""), 422, "findings"),
                Arguments.of("impossible age", ok.replace("\"age\":64", "\"age\":130"), 422, "age"),
                Arguments.of("missing age", ok.replace("\"age\":64,", ""), 422, "age"),
                Arguments.of("unknown sex", ok.replace("\"sex\":\"female\"", "\"sex\":\"f\""), 422, "sex"),
                Arguments.of("encounter in the future", ok.replace("2026-11-20", "2999-01-01"), 422, "encounterDate"),
                Arguments.of("encounter date not a date", ok.replace("2026-11-20", "20.11.2026"), 422, "encounterDate"),
                Arguments.of("ODI with 9 sections", ok.replace("\"odi\":[3,", "\"odi\":["), 422, "questionnaires.odi"),
                Arguments.of("ODI section above 5", ok.replace("\"odi\":[3,", "\"odi\":[6,"), 422, "questionnaires.odi[0]"),
                Arguments.of("STarT Back item 9 above 4", ok.replace("1,2]", "1,5]"), 422, "questionnaires.startBack[8]"),
                Arguments.of("HOOS-12 with 11 items", ok.replace("\"nprs\":6", "\"nprs\":6,\"hoos12\":[1,1,1,1,1,1,1,1,1,1,1]"), 422,
                        "questionnaires.hoos12"),
                Arguments.of("HOOS-12 item above 4", ok.replace("\"nprs\":6", "\"nprs\":6,\"hoos12\":[5,1,1,1,1,1,1,1,1,1,1,null]"), 422,
                        "questionnaires.hoos12[0]"),
                Arguments.of("NPRS above 10", ok.replace("\"nprs\":6", "\"nprs\":11"), 422, "questionnaires.nprs"),
                Arguments.of("unknown setting", ok.replace("\"age\":64", "\"setting\":\"icu\",\"age\":64"), 422, "setting"),
                Arguments.of("age of the wrong JSON type", ok.replace("\"age\":64", "\"age\":\"sixty\""), 400, "age"),
                Arguments.of("an unknown property that could carry a name", ok.replace("\"age\":64", "\"patientName\":\"Jane\",\"age\":64"), 400, "patientName"),
                Arguments.of("malformed JSON", ok.substring(0, ok.length() - 5), 400, null),
                Arguments.of("not JSON at all", "patient: Jane", 400, null));
    }

    @ParameterizedTest(name = "{0} -> {2} naming {3}")
    @MethodSource("badSubmissions")
    @MalformedRequests("each submission breaks one rule of the contract, to prove the 400/422 names the field")
    void badInputIsAProblemNamingTheFieldAndNothingIsStored(String what, String body, int status, String field) throws SQLException {
        long assessments = count("assessment");
        long events = count("outbox_event");
        var response = post(CLINICIAN_A, body).then().log().ifValidationFails().statusCode(status)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(status));
        if (field != null) {
            response.body("violations.field", hasItem(field));
        }
        assertThat(count("assessment")).isEqualTo(assessments);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void anOversizedBodyIs413AndNothingIsStored() throws SQLException {
        long assessments = count("assessment");
        String huge = Submissions.hip(newPatient()).replace("\"age\":64", "\"age\":64" + " ".repeat(600 * 1024));
        post(CLINICIAN_A, huge).then().statusCode(413).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(413));
        assertThat(count("assessment")).isEqualTo(assessments);
    }

    @Test
    @MalformedRequests("a text/plain body, to prove the 415")
    void aBodyThatIsNotJsonIs415() {
        given().auth().oauth2(CLINICIAN_A).contentType("text/plain").body("hello").when().post("/api/v1/assessments")
                .then().statusCode(415);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAssessment() throws SQLException {
        String body = Submissions.hip(newPatient());
        String key = "retry-" + UUID.randomUUID();
        Response first = given().auth().oauth2(CLINICIAN_A).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/assessments");
        first.then().statusCode(201);
        long assessments = count("assessment");
        long events = count("outbox_event");
        // the same body with other whitespace is the same request
        Response retry = given().auth().oauth2(CLINICIAN_A).contentType("application/json").header("Idempotency-Key", key)
                .body(body.replace("\n", " ")).when().post("/api/v1/assessments");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("createdAt", equalTo(first.path("createdAt")));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(count("assessment")).isEqualTo(assessments);
        assertThat(count("outbox_event")).isEqualTo(events);
    }

    @Test
    void theSameIdempotencyKeyWithADifferentBodyIs422() throws SQLException {
        String patient = newPatient();
        String key = "conflict-" + UUID.randomUUID();
        given().auth().oauth2(CLINICIAN_A).contentType("application/json").header("Idempotency-Key", key)
                .body(Submissions.hip(patient)).when().post("/api/v1/assessments").then().statusCode(201);
        long assessments = count("assessment");
        given().auth().oauth2(CLINICIAN_A).contentType("application/json").header("Idempotency-Key", key)
                .body(Submissions.hip(patient, "2026-11-20", 2, 3)).when().post("/api/v1/assessments")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("violations.field", hasItem("Idempotency-Key"));
        assertThat(count("assessment")).isEqualTo(assessments);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneAssessment() throws Exception {
        String body = Submissions.hip(newPatient());
        String key = "race-" + UUID.randomUUID();
        long assessments = count("assessment");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(CLINICIAN_A).contentType("application/json")
                        .header("Idempotency-Key", key).body(body).when().post("/api/v1/assessments")));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                Response r = answer.get();
                assertThat(r.statusCode()).isEqualTo(201);
                ids.add(r.path("id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(count("assessment")).isEqualTo(assessments + 1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void idempotencyKeysAreScopedPerClinic() {
        String key = "shared-" + UUID.randomUUID();
        String body = Submissions.hip(newPatient());
        String a = given().auth().oauth2(CLINICIAN_A).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(CLINICIAN_B).contentType("application/json").header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/assessments").then().statusCode(201)
                .header("Idempotent-Replayed", "false").body("id", not(equalTo(a)));
    }

    @Test
    void anEhrIntegrationMaySubmitForItsClinic() {
        post(TestTokens.integration(TestTokens.CLINIC_A), Submissions.hip(newPatient())).then().statusCode(201);
    }

    @Test
    void contentEditorsAndAdministratorsMayNotSubmit() {
        post(TestTokens.contentEditor(), Submissions.hip(newPatient())).then().statusCode(403);
        post(TestTokens.admin(), Submissions.hip(newPatient())).then().statusCode(403);
        post(TestTokens.token().roles("content-editor").clinic(TestTokens.CLINIC_A).sign(), Submissions.hip(newPatient()))
                .then().statusCode(403);
    }

    @Test
    void invalidTokensAre401() {
        String body = Submissions.hip(newPatient());
        given().contentType("application/json").body(body).when().post("/api/v1/assessments").then().statusCode(401);
        for (String bad : List.of(
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).expired().sign(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).issuer("https://evil.example.com").sign(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).audience("another-api").sign(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).signWithForeignKey(),
                TestTokens.token().roles("clinician").clinic(TestTokens.CLINIC_A).signAndTamper())) {
            post(bad, body).then().statusCode(401);
            given().auth().oauth2(bad).when().get("/api/v1/patients/pt-1/assessments").then().statusCode(401);
        }
    }

    @Test
    void anotherClinicCannotReadAnAssessmentAndSeesNoneInTheHistory() {
        String patient = newPatient();
        String id = post(CLINICIAN_A, Submissions.hip(patient)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(CLINICIAN_B).when().get("/api/v1/assessments/" + id).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_B)).when().get("/api/v1/assessments/" + id).then().statusCode(404);
        given().auth().oauth2(CLINICIAN_B).when().get("/api/v1/patients/" + patient + "/assessments")
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/patients/" + patient + "/assessments")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
    }

    @Test
    void anUnknownOrMalformedIdIs404() {
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/assessments/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/assessments/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aTokenWithoutAClinicCannotTouchPatientData() throws SQLException {
        String noClinic = TestTokens.token().roles("clinician").sign();
        long assessments = count("assessment");
        post(noClinic, Submissions.hip(newPatient())).then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(noClinic).when().get("/api/v1/assessments/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(noClinic).when().get("/api/v1/patients/pt-1/assessments").then().statusCode(403);
        assertThat(count("assessment")).isEqualTo(assessments);
    }

    /** The progress the event carries (report-service prints it): against the latest earlier encounter, not a later one. */
    @Test
    void theEventCarriesProgressOverTheLatestEarlierEncounter() throws SQLException {
        String patient = newPatient();
        String first = post(CLINICIAN_A, Submissions.hip(patient, "2026-10-01", 7, 3)).then().statusCode(201).extract().path("id");
        post(CLINICIAN_A, Submissions.hip(patient, "2026-12-01", 2, 1)).then().statusCode(201); // a later encounter
        String second = post(CLINICIAN_A, Submissions.hip(patient, "2026-10-29", 4, 1)).then().statusCode(201).extract().path("id");

        String progress = outboxPayload(second, "progress");
        assertThat(progress).as("progress of " + second).contains("\"previousAssessmentId\": \"" + first + "\"");
        // NPRS 7 -> 4: a fall of 3 points, -42.9 %
        assertThat(progress).contains("\"measure\": \"NPRS\"").contains("\"change\": -3").contains("-42.9");
        assertThat(outboxPayload(first, "progress")).contains("\"previousAssessmentId\": null");
    }

    String outboxPayload(String assessmentId, String field) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT (payload -> ?)::text FROM outbox_event WHERE aggregate_id = ?::uuid")) {
            s.setString(1, field);
            s.setString(2, assessmentId);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("outbox row of " + assessmentId).isTrue();
                return rs.getString(1);
            }
        }
    }

    @Test
    void theHistoryIsNewestFirstAndJudgesEachChangeAgainstItsMinimalImportantChange() {
        String patient = newPatient();
        String first = post(CLINICIAN_A, Submissions.hip(patient, "2026-10-01", 7, 3)).then().statusCode(201).extract().path("id");
        String second = post(CLINICIAN_A, Submissions.hip(patient, "2026-10-29", 4, 1)).then().statusCode(201).extract().path("id");
        String third = post(CLINICIAN_A, Submissions.hip(patient, "2026-11-19", 5, 1)).then().statusCode(201).extract().path("id");

        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/patients/" + patient + "/assessments").then().statusCode(200)
                .body("patientRef", equalTo(patient))
                .body("items.id", equalTo(List.of(third, second, first)))
                // 4 -> 5 is below the NPRS rise of 2 points that exceeds measurement error (Childs 2005)
                .body("items[0].progress.previousAssessmentId", equalTo(second))
                .body("items[0].progress.changes.find { it.measure == 'NPRS' }.interpretation", equalTo("NO_IMPORTANT_CHANGE"))
                .body("items[0].progress.changes.find { it.measure == 'NPRS' }.source", containsString("Childs"))
                // 7 -> 4 is a fall of 42.9%, beyond the 30% of the baseline (Farrar 2001); ODI 60% -> 20% beats 10 points (Ostelo 2008)
                .body("items[1].progress.changes.find { it.measure == 'NPRS' }.change", equalTo(-3.0f))
                .body("items[1].progress.changes.find { it.measure == 'NPRS' }.percentChange", equalTo(-42.9f))
                .body("items[1].progress.changes.find { it.measure == 'NPRS' }.minimalImportantPercent", equalTo(30.0f))
                .body("items[1].progress.changes.find { it.measure == 'NPRS' }.minimalImportantChange", equalTo(2.1f))
                .body("items[1].progress.changes.find { it.measure == 'NPRS' }.rule", containsString("Farrar 2001"))
                .body("items[1].progress.changes.find { it.measure == 'NPRS' }.interpretation", equalTo("IMPROVED"))
                .body("items[1].progress.changes.find { it.measure == 'ODI' }.rule", containsString("10 points or 30%"))
                .body("items[1].progress.changes.find { it.measure == 'ODI' }.interpretation", equalTo("IMPROVED"))
                .body("items[1].progress.changes.find { it.measure == 'ODI' }.minimalImportantChange", equalTo(10.0f))
                .body("items[2].progress.previousAssessmentId", equalTo(null))
                .body("items[2].progress.changes.size()", equalTo(0));
    }

    @Test
    void anOdiFallOfExactlyTenPointsWithOneSectionMissingIsTheModelsMinimalImportantChangeAndJudgedImproved() {
        String patient = newPatient();
        // 18 of 45 points = 40 % (one section missing), then 15 of 50 = 30 %: a fall of 10 points (Ostelo 2008)
        post(CLINICIAN_A, Submissions.hipWithOdi(patient, "2026-10-01", "2,2,2,2,2,2,2,2,2,null")).then().statusCode(201)
                .body("questionnaires.odi.percent", equalTo(40.0f));
        post(CLINICIAN_A, Submissions.hipWithOdi(patient, "2026-10-29", "2,2,2,2,2,2,2,1,0,0")).then().statusCode(201)
                .body("questionnaires.odi.percent", equalTo(30.0f));

        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/patients/" + patient + "/assessments").then().statusCode(200)
                .body("items[0].progress.changes.find { it.measure == 'ODI' }.minimalImportantChange", equalTo(10.0f))
                .body("items[0].progress.changes.find { it.measure == 'ODI' }.interpretation", equalTo("IMPROVED"));
    }

    @Test
    void anOdiWithNineOfTenSectionsMissingIsNotScoredAndTheResultSaysWhy() {
        String patient = newPatient();
        // before issue 11 one answer of 5 gave "100 %, bed-bound"
        post(CLINICIAN_A, Submissions.hipWithOdi(patient, "2026-10-01", "5,null,null,null,null,null,null,null,null,null"))
                .then().statusCode(201)
                .body("questionnaires.odi", equalTo(null))
                .body("questionnaires.notScored.find { it.measure == 'ODI' }.reason", containsString("not scored: 9 sections missing"))
                .body("questionnaires.notScored.find { it.measure == 'ODI' }.reason", containsString("product rule"))
                .body("warnings.code", hasItem("warning.measure-not-scored"));
        // a later complete ODI has nothing to be compared with
        post(CLINICIAN_A, Submissions.hipWithOdi(patient, "2026-10-29", "1,1,1,1,1,1,1,1,1,1")).then().statusCode(201);
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/patients/" + patient + "/assessments").then().statusCode(200)
                .body("items[0].progress.changes.size()", equalTo(0));
    }

    @Test
    void startBackIsNotScoredForHipOnlyPainButIsInBackPain() {
        post(CLINICIAN_A, Submissions.hip(newPatient())).then().statusCode(201)
                .body("questionnaires.startBack", equalTo(null))
                .body("questionnaires.notScored.find { it.measure == 'STARTBACK' }.reason", containsString("Hill 2016"));
        post(CLINICIAN_A, Submissions.backPain(newPatient(), "1,1,1,1,1,1,1,1,4", "1,1,1,1,1,1,1,1,1,1,1,1")).then().statusCode(201)
                .body("questionnaires.startBack.riskGroup", equalTo("HIGH"))
                .body("questionnaires.hoos12", equalTo(null))
                .body("questionnaires.notScored.measure", equalTo(List.of("HOOS12")));
    }

    @Test
    void hoos12IsAcceptedAndScoredForHipPainWithItsSummaryFlaggedU() {
        post(CLINICIAN_A, Submissions.hipWithHoos12(newPatient(), "2026-10-01", "1,2,null,3,4,4,4,4,1,1,null,null", 6))
                .then().statusCode(201)
                .body("questionnaires.hoos12.pain", equalTo(50.0f))
                .body("questionnaires.hoos12.function", equalTo(0.0f))
                .body("questionnaires.hoos12.qualityOfLife", equalTo(75.0f))
                .body("questionnaires.hoos12.summary", equalTo(41.7f))
                .body("questionnaires.hoos12.summaryStatus", equalTo("U"))
                .body("questionnaires.hoos12.itemsAnswered", equalTo(9));
    }

    @Test
    void theHistoryShowsHoos12ChangesAgainstThePublishedFullHoosMdcAndSaysWhereThereIsNone() {
        String patient = newPatient();
        // pain 25 -> 75 (+50), function 25 -> 50 (+25), QOL 25 -> 37.5 (+12.5)
        post(CLINICIAN_A, Submissions.hipWithHoos12(patient, "2026-10-01", "3,3,3,3,3,3,3,3,3,3,3,3", 8)).then().statusCode(201);
        post(CLINICIAN_A, Submissions.hipWithHoos12(patient, "2026-10-29", "1,1,1,1,2,2,2,2,2,3,2,3", 6)).then().statusCode(201);

        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/patients/" + patient + "/assessments").then().statusCode(200)
                .body("items[0].questionnaires.hoos12.pain", equalTo(75.0f))
                .body("items[0].progress.changes.measure", equalTo(List.of("NPRS")))
                // 8 -> 6 is 2 points but only 25%: not an important change from a baseline of 8 (Farrar 2001)
                .body("items[0].progress.changes[0].interpretation", equalTo("NO_IMPORTANT_CHANGE"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_PAIN' }.change", equalTo(50.0f))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_PAIN' }.threshold", equalTo(26.2f))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_PAIN' }.thresholdKind", equalTo("MDC_INDIVIDUAL_FULL_HOOS"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_PAIN' }.interpretation", equalTo("BEYOND_MDC_BETTER"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_PAIN' }.source", containsString("Gojło & Paradowski 2020"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_FUNCTION' }.interpretation", equalTo("NOT_JUDGED"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_FUNCTION' }.note", containsString("No published threshold"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_QOL' }.interpretation", equalTo("WITHIN_MDC"))
                .body("items[0].progress.changesWithoutMic.find { it.measure == 'HOOS12_SUMMARY' }.interpretation", equalTo("NOT_JUDGED"))
                .body("items[1].progress.changesWithoutMic.size()", equalTo(0));
    }

    @Test
    @MalformedRequests("a limit that is not a number, to prove the 400 names it")
    void aHistoryLimitThatIsNotANumberIs400NamingTheParameter() {
        given().auth().oauth2(CLINICIAN_A).queryParam("limit", "abc").when().get("/api/v1/patients/" + newPatient() + "/assessments")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body(containsString("limit"));
    }

    @Test
    void aNameInThePatientPathIsRefused() {
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/patients/Jane Doe/assessments").then().statusCode(422);
    }

    @Test
    void administratorsQueryTheAuditTrailOfCreatesAndReads() {
        String id = post(CLINICIAN_A, Submissions.hip(newPatient())).then().statusCode(201).extract().path("id");
        given().auth().oauth2(CLINICIAN_B).when().get("/api/v1/assessments/" + id).then().statusCode(404);
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/assessments/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", id).when().get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("READ", "READ", "CREATE")))
                .body("items.outcome", equalTo(List.of("SUCCESS", "NOT_FOUND", "SUCCESS")))
                .body("items.clinicId", equalTo(List.of("clinic-a", "clinic-b", "clinic-a")))
                .body("items[2].subject", equalTo("clinician-clinic-a"));
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", id).queryParam("action", "create")
                .when().get("/api/v1/audit").then().statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void theKitsAdminAuditPathListsTheSameTrailAsTheDeprecatedAlias() {
        String id = post(CLINICIAN_A, Submissions.hip(newPatient())).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.admin()).queryParam("resourceId", id).when().get("/api/v1/admin/audit").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].actorSubject", equalTo("clinician-clinic-a"))
                .body("items[0].clinicId", equalTo("clinic-a"));
        given().auth().oauth2(CLINICIAN_A).when().get("/api/v1/admin/audit").then().statusCode(403);
    }

    @Test
    @MalformedRequests("an audit limit that is not a number, to prove the 400 names it")
    void anAuditLimitThatIsNotANumberIs400NamingTheParameter() {
        given().auth().oauth2(TestTokens.admin()).queryParam("limit", "many").when().get("/api/v1/audit").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
    }

    @Test
    void theAuditTrailIsAppendOnly() throws SQLException {
        post(CLINICIAN_A, Submissions.hip(newPatient())).then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // the kit's audit_entry (V2) holds the trail since the service kit; audit_record was migrated into it (V3)
            org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_entry SET outcome = 'DENIED'"));
            org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_entry"));
        }
    }
}
