package health.hipspine.content.fhir;

import ca.uhn.fhir.context.FhirContext;
import health.hipspine.fhirkit.Canonicals;
import health.hipspine.fhirkit.validation.R4Validator;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.ValueType;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR conformance resources as an EHR receives them: each validates against base R4 with HAPI's offline
 * instance validator (zero errors), the assessment questionnaire carries every finding of the catalogue, and errors
 * are OperationOutcomes.
 */
@QuarkusTest
class FhirConformanceTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String[] IDS = {"Questionnaire/hip-spine-assessment", "Questionnaire/odi", "Questionnaire/start-back",
            "Questionnaire/nprs", "Questionnaire/hoos-12", "CodeSystem/finding-code", "CodeSystem/category", "CodeSystem/side", "CodeSystem/setting",
            "ValueSet/finding-code", "ValueSet/category", "ValueSet/side", "ValueSet/setting"};

    private static R4Validator validator;

    /** Knows our own code systems, as served, so codes from them are checked rather than reported unknown. */
    static synchronized R4Validator validator() {
        if (validator == null) {
            List<CodeSystem> own = new ArrayList<>();
            for (String id : new String[] {"finding-code", "category", "side", "setting"}) {
                own.add(parse(get("/fhir/r4/CodeSystem/" + id).then().statusCode(200).extract().asString(), CodeSystem.class));
            }
            validator = new R4Validator(FHIR, own.toArray(new CodeSystem[0]));
        }
        return validator;
    }

    @Test
    void everyResourceReadAndSearchedValidatesWithZeroErrors() {
        for (String id : IDS) {
            String json = get("/fhir/r4/" + id).then().statusCode(200).contentType("application/fhir+json").extract().asString();
            assertThat(validator().errors(json)).as(id).isEmpty();
        }
        for (String type : new String[] {"Questionnaire", "CodeSystem", "ValueSet"}) {
            String json = get("/fhir/r4/" + type).then().statusCode(200).extract().asString();
            assertThat(validator().errors(json)).as(type + " search").isEmpty();
            assertThat(parse(json, Bundle.class).getEntry()).as(type).hasSize(type.equals("Questionnaire") ? 5 : 4);
        }
    }

    @Test
    void capabilityStatementIsPublicAndValid() {
        String json = given().when().get("/fhir/r4/metadata").then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        assertThat(validator().errors(json)).isEmpty();
        CapabilityStatement cs = parse(json, CapabilityStatement.class);
        assertThat(cs.getRestFirstRep().getResource()).extracting(r -> r.getType())
                .containsExactly("Questionnaire", "CodeSystem", "ValueSet");
    }

    @Test
    void assessmentQuestionnaireHasOneItemPerFindingWithTypeUnitAndSide() {
        Questionnaire q = parse(get("/fhir/r4/Questionnaire/hip-spine-assessment").then().statusCode(200).extract().asString(),
                Questionnaire.class);
        Map<String, QuestionnaireItemComponent> items = new HashMap<>();
        flatten(q.getItem(), items);
        List<FindingDefinition> findings = ClinicalModel.standard().catalogue().findings();
        for (FindingDefinition f : findings) {
            QuestionnaireItemComponent item = items.get(f.code());
            assertThat(item).as(f.code()).isNotNull();
            assertThat(item.getCodeFirstRep().getSystem()).isEqualTo(Canonicals.FINDING_CODE);
            assertThat(item.getType()).as(f.code()).isEqualTo(f.valueType() == ValueType.BOOLEAN
                    ? Questionnaire.QuestionnaireItemType.BOOLEAN : Questionnaire.QuestionnaireItemType.DECIMAL);
            assertThat(item.hasExtension(CatalogueQuestionnaires.UNIT)).as(f.code()).isEqualTo(f.unit() != null);
            QuestionnaireItemComponent side = items.get(f.code() + ".side");
            assertThat(side != null).as(f.code() + " side").isEqualTo(f.sideApplies());
            if (side != null) {
                assertThat(side.getEnableWhenFirstRep().getQuestion()).isEqualTo(f.code());
                assertThat(side.getAnswerValueSet()).isEqualTo(Canonicals.valueSet("side"));
            }
        }
        assertThat(items).containsKeys("age", "sex", "setting");
        assertThat(items.get("morning-stiffness-minutes").getExtensionByUrl(CatalogueQuestionnaires.UNIT).getValue())
                .extracting(v -> ((org.hl7.fhir.r4.model.Coding) v).getCode()).isEqualTo("min");
    }

    @Test
    void linkIdsAreUniqueAcrossAllQuestionnaires() {
        Set<String> seen = new HashSet<>();
        for (String id : new String[] {"hip-spine-assessment", "odi", "start-back", "nprs", "hoos-12"}) {
            Map<String, QuestionnaireItemComponent> items = new HashMap<>();
            flatten(parse(get("/fhir/r4/Questionnaire/" + id).then().statusCode(200).extract().asString(), Questionnaire.class)
                    .getItem(), items);
            for (String linkId : items.keySet()) {
                assertThat(seen.add(linkId)).as(linkId).isTrue();
            }
        }
        assertThat(seen).contains("odi.1", "odi.10", "start-back.9", "nprs", "hoos-12.1", "hoos-12.12");
    }

    @Test
    void hoos12QuestionnaireHasTwelveItemsScoredZeroToFourInItsThreeScales() {
        Questionnaire q = parse(get("/fhir/r4/Questionnaire/hoos-12").then().statusCode(200).extract().asString(), Questionnaire.class);
        assertThat(q.getUrl()).isEqualTo("http://hipspine.health/fhir/Questionnaire/hoos-12");
        assertThat(q.getDescription()).contains("Gandek 2019").contains("koos.nu");
        assertThat(q.getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactly("hoos-12.pain", "hoos-12.function", "hoos-12.qol");
        Map<String, QuestionnaireItemComponent> items = new HashMap<>();
        flatten(q.getItem(), items);
        for (int i = 1; i <= 12; i++) {
            QuestionnaireItemComponent item = items.get("hoos-12." + i);
            assertThat(item).as("hoos-12." + i).isNotNull();
            assertThat(item.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.INTEGER);
            assertThat(item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxValue").getValue().primitiveValue()).isEqualTo("4");
        }
        assertThat(items.get("hoos-12.pain").getItem()).extracting(QuestionnaireItemComponent::getLinkId)
                .containsExactly("hoos-12.1", "hoos-12.2", "hoos-12.3", "hoos-12.4");
    }

    @Test
    void searchByCanonicalUrlFindsOne() {
        Bundle bundle = parse(given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A))
                .queryParam("url", Canonicals.FINDING_CODE).when().get("/fhir/r4/CodeSystem")
                .then().statusCode(200).extract().asString(), Bundle.class);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getEntry()).singleElement()
                .satisfies(e -> assertThat(e.getFullUrl()).endsWith("/fhir/r4/CodeSystem/finding-code"));
        assertThat(((CodeSystem) bundle.getEntryFirstRep().getResource()).getConcept())
                .hasSize(ClinicalModel.standard().catalogue().findings().size());
    }

    @Test
    void errorsAreOperationOutcomesNotProblems() {
        Response noToken = given().when().get("/fhir/r4/Questionnaire/odi");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/fhir+json");
        assertThat(noToken.header("WWW-Authenticate")).startsWith("Bearer");
        assertOutcome(noToken.asString(), OperationOutcome.IssueType.LOGIN);

        // the FHIR paths are left to JAX-RS security (so the 401 is an OperationOutcome): every one must still refuse
        for (String path : new String[] {"/fhir/r4/Questionnaire", "/fhir/r4/CodeSystem", "/fhir/r4/ValueSet"}) {
            given().when().get(path).then().statusCode(401);
        }
        for (String id : IDS) {
            given().when().get("/fhir/r4/" + id).then().statusCode(401);
        }

        Response missing = get("/fhir/r4/Questionnaire/no-such-questionnaire");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/fhir+json");
        assertOutcome(missing.asString(), OperationOutcome.IssueType.NOTFOUND);

        Response badToken = given().auth().oauth2(TestTokens.token().roles("clinician").expired().sign())
                .when().get("/fhir/r4/CodeSystem");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertOutcome(badToken.asString(), OperationOutcome.IssueType.LOGIN);
    }

    @Test
    void theJsonApiStillAnswersProblems() {
        given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A)).when().get("/api/v1/findings/no-such-finding")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static void assertOutcome(String json, OperationOutcome.IssueType type) {
        assertThat(validator().errors(json)).isEmpty();
        OperationOutcome outcome = parse(json, OperationOutcome.class);
        assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(type);
        assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
    }

    private static void flatten(List<QuestionnaireItemComponent> items, Map<String, QuestionnaireItemComponent> out) {
        for (QuestionnaireItemComponent item : items) {
            assertThat(out.put(item.getLinkId(), item)).as("duplicate linkId " + item.getLinkId()).isNull();
            flatten(item.getItem(), out);
        }
    }

    private static Response get(String path) {
        return given().auth().oauth2(TestTokens.integration(TestTokens.CLINIC_A)).accept("application/fhir+json").when().get(path);
    }

    static <T extends Resource> T parse(String json, Class<T> type) {
        return FHIR.newJsonParser().parseResource(type, json);
    }
}
