package health.hipspine.assessment;

import health.hipspine.assessment.service.PlanWording;
import health.hipspine.assessment.support.ContentServiceStub;
import health.hipspine.assessment.support.Submissions;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.triage.TriageLevel;
import health.hipspine.testing.KafkaTestResource;
import health.hipspine.testing.PostgresTestResource;
import health.hipspine.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The result's texts in the language the client accepts (Accept-Language: es), answered with Content-Language;
 * English by default; the stored result stays English and every number, code and citation is the same in both.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(ContentServiceStub.class)
class ResultLanguageApiTest {

    static final String CLINICIAN = TestTokens.clinician(TestTokens.CLINIC_A);
    static final ClinicalModel MODEL = ClinicalModel.standard();

    @Inject
    AgroalDataSource dataSource;

    static Response post(String body, String acceptLanguage) {
        var request = given().auth().oauth2(CLINICIAN).contentType("application/json").body(body);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().post("/api/v1/assessments");
    }

    static Response get(String id, String acceptLanguage) {
        var request = given().auth().oauth2(CLINICIAN);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get("/api/v1/assessments/" + id);
    }

    static String patient() {
        return "pt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void inSpanishTheTriageActionAndNextStepsAreSpanishAndEveryNumberIsUnchanged() {
        ContentServiceStub.stubCatalogue();
        Response es = post(Submissions.hip(patient()), "es");
        es.then().statusCode(201).header("Content-Language", "es");
        assertThat(es.headers().getValues("Vary")).anyMatch(v -> v.contains("Accept-Language"));
        JsonPath spanish = es.jsonPath();
        assertThat(spanish.getString("triage.level")).isEqualTo("ROUTINE");
        assertThat(spanish.getString("triage.action"))
                .startsWith("Ningún signo de alarma requiere derivación")
                .isEqualTo(MODEL.catalogue().triageAction(TriageLevel.ROUTINE).action().in("es"));
        assertThat(spanish.getString("nextSteps.find { it.code == 'next.no-routine-imaging' }.text"))
                .startsWith("Sin pruebas de imagen rutinarias");
        assertThat(spanish.getString("nextSteps.find { it.code == 'next.hoos12-measure' }.text"))
                .isEqualTo(MODEL.catalogue().message("next.hoos12-measure").text().in("es"));
        // the citation is not translated
        assertThat(spanish.getString("nextSteps.find { it.code == 'next.no-routine-imaging' }.source"))
                .isEqualTo(MODEL.catalogue().message("next.no-routine-imaging").source());
        assertThat(spanish.getString("hipSpineSyndrome.rationale")).startsWith("No sospechado");
        assertThat(spanish.getString("patientInstruction.text")).isEqualTo(spanish.getString("patientInstruction.translations.es"));

        // the same assessment read without a language: English, and the same numbers, codes and citations
        Response en = get(spanish.getString("id"), null);
        en.then().statusCode(200).header("Content-Language", "en");
        JsonPath english = en.jsonPath();
        assertThat(english.getString("triage.action")).isEqualTo(MODEL.catalogue().triageAction(TriageLevel.ROUTINE).action().en());
        assertThat(english.getString("nextSteps.find { it.code == 'next.no-routine-imaging' }.text")).startsWith("No routine imaging");
        for (String numbersAndCodes : List.of("differential.probability", "differential.preTestProbability",
                "differential.preTestSource", "differential.contributions.likelihoodRatio", "differential.contributions.source",
                "differential.contributions.evidenceStatus", "nextSteps.code", "nextSteps.source", "warnings.code",
                "triage.reasons.source", "questionnaires.odi", "questionnaires.startBack", "questionnaires.nprs",
                "questionnaires.notScored.measure", "questionnaires.notScored.source", "exercisePlan.items.exerciseCode",
                "exercisePlan.items.phase", "exercisePlan.items.conditionCode", "exercisePlan.items.source",
                "exercisePlan.items.adaptedFrom", "differential.category", "leadingCategory",
                "modelVersion")) {
            assertThat(spanish.getString(numbersAndCodes)).as(numbersAndCodes).isEqualTo(english.getString(numbersAndCodes));
        }
        assertThat(spanish.getMap("patientInstruction.translations")).isEqualTo(english.getMap("patientInstruction.translations"));
        assertThat(spanish.getList("warnings.text")).hasSameSizeAs(english.getList("warnings.text"))
                .doesNotContainAnyElementsOf(english.getList("warnings.text"));
        assertThat(spanish.getList("differential.contributions.evidenceNote").toString())
                .isNotEqualTo(english.getList("differential.contributions.evidenceNote").toString());
    }

    @Test
    void inSpanishThePlanCategoriesAndWarningsAreSpanishAndNameNoCode() {
        ContentServiceStub.stubCatalogue();
        String patient = patient();
        JsonPath es = post(Submissions.hip(patient), "es").then().statusCode(201).header("Content-Language", "es")
                .extract().jsonPath();

        // the plan: its note, each exercise's dosage (the catalogue's Spanish text, or its figures in Spanish words)
        // and each reason, with the citation unchanged
        assertThat(es.getString("exercisePlan.note")).startsWith("Ejercicios para Artrosis de cadera, en el orden movilidad")
                .contains("(NICE NG226 2022; OARSI, Bannuru 2019)").doesNotContain("hip-osteoarthritis");
        assertThat(es.getString("exercisePlan.items.find { it.exerciseCode == 'bridge' }.dosage")).isEqualTo("3 x 10, a diario");
        assertThat(es.getString("exercisePlan.items.find { it.exerciseCode == 'clamshell' }.dosage"))
                .isEqualTo("2 series, 15 repeticiones, a diario");
        assertThat(es.getString("exercisePlan.items.find { it.exerciseCode == 'bridge' }.name")).isEqualTo("Puente de glúteos");
        assertThat(es.getList("exercisePlan.items.why", String.class)).isNotEmpty().allSatisfy(why -> assertThat(why)
                .isEqualTo("Artrosis de cadera: el ejercicio terapéutico, fortalecimiento local más actividad aeróbica, es un "
                        + "tratamiento básico (NICE NG226 2022; OARSI, Bannuru 2019)"));

        // categories by name, the code kept
        assertThat(es.getString("differential.find { it.category == 'HIP_INTRA_ARTICULAR' }.categoryName"))
                .isEqualTo("Articulación de la cadera (intraarticular)");
        assertThat(es.getString("leadingCategory")).isEqualTo("HIP_INTRA_ARTICULAR");
        assertThat(es.getString("leadingCategoryName")).isEqualTo("Articulación de la cadera (intraarticular)");
        assertThat(es.getString("differential.find { it.category == 'HIP_INTRA_ARTICULAR' }.contributions"
                + ".find { it.findingCode == 'pain.groin' }.findingName")).isEqualTo("Dolor inguinal");

        // no text names a finding, cluster or correlated group by its code: the correlated-group warning (FADIR and
        // groin pain) names them
        List<String> codes = java.util.stream.Stream.of(MODEL.catalogue().findings().stream().map(f -> f.code()),
                MODEL.catalogue().clusters().stream().map(c -> c.code()),
                MODEL.catalogue().correlatedGroups().stream().map(g -> g.code())).flatMap(c -> c).toList();
        List<String> texts = new java.util.ArrayList<>(es.getList("warnings.text", String.class));
        texts.addAll(es.getList("differential.contributions.evidenceNote.flatten()", String.class));
        texts.addAll(es.getList("questionnaires.notScored.reason", String.class));
        assertThat(es.getString("warnings.find { it.code == 'warning.correlated-group' }.text"))
                .contains("Prueba FADIR", "Dolor inguinal");
        for (String code : codes) {
            assertThat(texts).as(code).noneMatch(t -> t != null && t.contains(code));
        }

        // the same assessment in English: English names and plan texts
        JsonPath en = get(es.getString("id"), null).then().statusCode(200).extract().jsonPath();
        assertThat(en.getString("differential.find { it.category == 'HIP_INTRA_ARTICULAR' }.categoryName"))
                .isEqualTo("Hip joint (intra-articular)");
        assertThat(en.getString("leadingCategoryName")).isEqualTo("Hip joint (intra-articular)");
        assertThat(en.getString("differential.find { it.category == 'HIP_INTRA_ARTICULAR' }.contributions"
                + ".find { it.findingCode == 'pain.groin' }.findingName")).isEqualTo("Groin pain");
        assertThat(en.getString("exercisePlan.note")).startsWith("Exercises for Hip osteoarthritis, in the order mobility");
        assertThat(en.getString("exercisePlan.items.find { it.exerciseCode == 'clamshell' }.dosage")).isEqualTo("2 sets, 15 reps, daily");
        assertThat(en.getString("warnings.find { it.code == 'warning.correlated-group' }.text")).contains("FADIR test", "Groin pain");

        // the patient's history names the leading category in the language asked for
        JsonPath history = given().auth().oauth2(CLINICIAN).header("Accept-Language", "es")
                .when().get("/api/v1/patients/" + patient + "/assessments").then().statusCode(200).extract().jsonPath();
        assertThat(history.getString("items[0].leadingCategory")).isEqualTo("HIP_INTRA_ARTICULAR");
        assertThat(history.getString("items[0].leadingCategoryName")).isEqualTo("Articulación de la cadera (intraarticular)");
    }

    @Test
    void theStoredResultStaysEnglishAndAReadInSpanishTranslatesIt() throws SQLException {
        ContentServiceStub.stubCatalogue();
        String id = post(Submissions.hip(patient()), null).then().statusCode(201).header("Content-Language", "en")
                .extract().path("id");
        assertThat(storedTriageAction(id)).isEqualTo(MODEL.catalogue().triageAction(TriageLevel.ROUTINE).action().en());

        get(id, "es-MX,es;q=0.9,en;q=0.5").then().statusCode(200).header("Content-Language", "es");
        assertThat(get(id, "es").jsonPath().getString("triage.action"))
                .isEqualTo(MODEL.catalogue().triageAction(TriageLevel.ROUTINE).action().in("es"));
        assertThat(storedTriageAction(id)).as("reading in Spanish changes nothing stored")
                .isEqualTo(MODEL.catalogue().triageAction(TriageLevel.ROUTINE).action().en());
    }

    @Test
    void aLanguageWeDoNotHaveOrNoneGivesEnglishAndTheFirstAcceptedOneWins() {
        ContentServiceStub.stubCatalogue();
        String id = post(Submissions.hip(patient()), null).then().statusCode(201).extract().path("id");
        get(id, "fr").then().statusCode(200).header("Content-Language", "en");
        get(id, "*").then().statusCode(200).header("Content-Language", "en");
        get(id, "fr, es;q=0.8").then().statusCode(200).header("Content-Language", "es");
        get(id, "en, es;q=0.8").then().statusCode(200).header("Content-Language", "en");
        get(id, "es;q=0.4, en;q=0.9").then().statusCode(200).header("Content-Language", "en");
    }

    @Test
    void anEmergencyInSpanishGivesTheSpanishActionReasonAndTheHeldBackNote() {
        ContentServiceStub.stubCatalogue();
        String emergency = Submissions.hip(patient()).replace("\"findings\":[",
                "\"findings\":[{\"code\":\"redflag.saddle-anaesthesia\",\"value\":true},");
        JsonPath r = post(emergency, "es").then().statusCode(201).header("Content-Language", "es").extract().jsonPath();
        assertThat(r.getString("triage.level")).isEqualTo("EMERGENCY");
        assertThat(r.getString("triage.action")).startsWith("Derivación a urgencias ahora");
        assertThat(r.getString("triage.reasons[0].code")).isEqualTo("redflag.saddle-anaesthesia");
        assertThat(r.getString("triage.reasons[0].text"))
                .isEqualTo(MODEL.catalogue().redFlag("redflag.saddle-anaesthesia").orElseThrow().text().in("es"));
        assertThat(r.getString("nextSteps[0].code")).isEqualTo("next.emergency-referral");
        assertThat(r.getString("nextSteps[0].text"))
                .isEqualTo(MODEL.catalogue().redFlag("redflag.saddle-anaesthesia").orElseThrow().action().in("es"));
        assertThat(r.getString("exercisePlan.note")).isEqualTo(PlanWording.text(PlanWording.HELD_BACK, "es"));
    }

    @Test
    void aResultOfAnEarlierModelVersionStaysEnglishAndSaysSo() throws SQLException {
        ContentServiceStub.stubCatalogue();
        String id = post(Submissions.hip(patient()), null).then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE assessment SET result = jsonb_set(result, '{modelVersion}', '\"hipspine-model 2026.11.0\"') WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Response r = get(id, "es");
        r.then().statusCode(200).header("Content-Language", "en");
        assertThat(r.jsonPath().getString("triage.action")).isEqualTo(MODEL.catalogue().triageAction(TriageLevel.ROUTINE).action().en());
    }

    private String storedTriageAction(String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT result->'triage'->>'action' FROM assessment WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
