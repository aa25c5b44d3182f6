package health.hipspine.content.finding;

import health.hipspine.testing.TestTokens;
import health.hipspine.content.service.ClinicalModelCatalogue;
import health.hipspine.testing.contract.MalformedRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Findings, tests and red flags come read-only from common/clinical-model, in the caller's language. */
@QuarkusTest
class ClinicalModelEndpointsTest {

    static RequestSpecification clinician() {
        return given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_B));
    }

    @Test
    void everyMinimumFindingCodeIsServed() {
        List<String> minimum = List.of("pain.groin", "pain.lateral-hip", "pain.buttock", "pain.low-back",
                "pain.posterior-thigh", "pain.below-knee", "pain.bilateral-legs", "pain.unilateral",
                "pain.radiating-electric", "aggravated.squatting", "aggravated.walking-standing", "aggravated.sitting",
                "aggravated.lumbar-extension", "aggravated.stairs", "relieved.sitting", "relieved.bending-forward",
                "limp", "difficulty-socks-shoes", "morning-stiffness-minutes", "rom.hip.internal-rotation",
                "test.hip-flexion-lateral-pain", "test.hip-extension-pain", "test.scour", "test.fadir", "test.faber",
                "test.log-roll", "test.single-leg-stance-30s", "test.resisted-external-derotation",
                "test.trochanter-tenderness", "test.slr", "test.crossed-slr", "test.slump", "test.sij-distraction",
                "test.sij-thigh-thrust", "test.sij-compression", "test.sij-sacral-thrust", "test.sij-gaenslen",
                "gait.wide-based", "injection.hip-intra-articular-relief", "redflag.saddle-anaesthesia",
                "redflag.urinary-retention", "redflag.bowel-bladder-incontinence", "redflag.bilateral-neuro-deficit",
                "redflag.progressive-weakness", "redflag.history-of-cancer", "redflag.unexplained-weight-loss",
                "redflag.fever", "redflag.significant-trauma", "redflag.prolonged-steroids",
                "redflag.iv-drug-use-or-immunosuppression", "redflag.night-pain");
        List<String> served = clinician().queryParam("size", 100).get("/api/v1/findings").then().statusCode(200)
                .body("release", notNullValue()).body("modelVersion", startsWith("hipspine-model"))
                .extract().path("items.code");
        org.assertj.core.api.Assertions.assertThat(served).containsAll(minimum).isSorted();
    }

    @Test
    void aTestCarriesHowToPerformAndItsAccuracyWithSourceAndStatus() {
        clinician().get("/api/v1/findings/test.slr").then().statusCode(200)
                .body("code", equalTo("test.slr")).body("valueType", equalTo("BOOLEAN"))
                .body("howToPerform", notNullValue())
                .body("accuracy.size()", greaterThan(0))
                .body("accuracy.source", everyItem(notNullValue()))
                .body("accuracy.evidenceStatus", everyItem(notNullValue()));
        clinician().get("/api/v1/findings/rom.hip.internal-rotation").then().statusCode(200)
                .body("valueType", equalTo("NUMBER")).body("unit", notNullValue());
    }

    @Test
    void findingsAreLocalisedLikeTheRestOfTheCatalogue() {
        clinician().header("Accept-Language", "es").get("/api/v1/findings/pain.groin").then().statusCode(200)
                .header("Content-Language", "es").body("name", equalTo("Dolor inguinal"));
        clinician().header("Accept-Language", "it").get("/api/v1/findings/pain.groin").then().statusCode(200)
                .header("Content-Language", "en").body("name", equalTo("Groin pain"));
    }

    @Test
    void findingFiltersWork() {
        clinician().queryParam("group", "RED_FLAG").queryParam("size", 100).get("/api/v1/findings").then()
                .statusCode(200).body("items.group", everyItem(equalTo("RED_FLAG")))
                .body("items.code", everyItem(startsWith("redflag.")));
        clinician().queryParam("category", "SACROILIAC").queryParam("size", 100).get("/api/v1/findings").then()
                .statusCode(200).body("items.code", hasItem("test.sij-thigh-thrust"));
        List<Map<String, Object>> unverified = clinician().queryParam("evidenceStatus", "U").queryParam("size", 100)
                .get("/api/v1/findings").then().statusCode(200).extract().path("items");
        for (Map<String, Object> f : unverified) {
            @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) f.get("accuracy");
            org.assertj.core.api.Assertions.assertThat(rows)
                    .anyMatch(r -> ClinicalModelCatalogue.hasStatus((String) r.get("evidenceStatus"), "U"));
        }
        clinician().queryParam("q", "straight leg").get("/api/v1/findings").then().statusCode(200)
                .body("items.code", hasItem("test.slr"));
    }

    @Test
    @MalformedRequests("a group outside the declared enum, to prove the 400")
    void anUnknownFindingGroupIs400() {
        clinician().queryParam("group", "NONSENSE").get("/api/v1/findings").then().statusCode(400);
    }

    @Test
    void redFlagsSayWhatActionTheyTrigger() {
        clinician().get("/api/v1/red-flags/redflag.saddle-anaesthesia").then().statusCode(200)
                .body("level", equalTo("EMERGENCY")).body("action", notNullValue())
                .body("conditionCodes", hasItem("cauda-equina-syndrome")).body("source", notNullValue());
        clinician().queryParam("level", "EMERGENCY").queryParam("size", 100).get("/api/v1/red-flags").then()
                .statusCode(200).body("items.level", everyItem(equalTo("EMERGENCY")));
        clinician().queryParam("condition", "spinal-infection").queryParam("size", 100).get("/api/v1/red-flags")
                .then().statusCode(200).body("items.code", hasItems("redflag.fever"));
        clinician().get("/api/v1/red-flags/redflag.nonsense").then().statusCode(404);
        clinician().get("/api/v1/findings/nonsense").then().statusCode(404);
    }

    @Test
    void everyFindingAndRedFlagAConditionCitesResolves() {
        List<Map<String, Object>> conditions = clinician().queryParam("size", 100).get("/api/v1/conditions")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> c : conditions) {
            @SuppressWarnings("unchecked") List<String> findings = (List<String>) c.get("distinguishingFindings");
            @SuppressWarnings("unchecked") List<String> flags = (List<String>) c.get("redFlagCodes");
            findings.forEach(f -> clinician().get("/api/v1/findings/" + f).then().statusCode(200));
            flags.forEach(f -> clinician().get("/api/v1/red-flags/" + f).then().statusCode(200));
        }
    }

    @Test
    @MalformedRequests("a POST the contract does not declare, to prove the 405")
    void findingsHaveNoEditorApi() {
        given().auth().oauth2(TestTokens.contentEditor()).contentType("application/json").body("{}")
                .post("/api/v1/findings").then().statusCode(405);
    }
}
