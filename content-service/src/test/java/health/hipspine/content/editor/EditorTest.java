package health.hipspine.content.editor;

import health.hipspine.testing.contract.MalformedRequests;
import health.hipspine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class EditorTest {

    static RequestSpecification editor() {
        return given().auth().oauth2(TestTokens.token().subject("editor-ana").clientId("hipspine-web")
                .roles("content-editor").sign()).contentType(ContentType.JSON);
    }

    static RequestSpecification clinician() {
        return given().auth().oauth2(TestTokens.clinician(TestTokens.CLINIC_A));
    }

    static String exercise(String code, String nameEs, int difficulty) {
        return """
                {"code":"%s","name":{"en":"Wall sit","es":"%s"},"category":"hip-strengthening","region":"hip",
                 "targetMuscles":{"en":["quadriceps"],"es":["cuádriceps"]},
                 "summary":{"en":"Hold a half squat against a wall.","es":"Mantenga media sentadilla contra la pared."},
                 "steps":{"en":["Lean on a wall.","Slide down and hold."],"es":["Apóyese en la pared.","Deslícese y mantenga."]},
                 "dosage":{"sets":3,"reps":null,"holdSeconds":30,"frequency":{"en":"Daily","es":"A diario"},
                           "text":{"en":"3 holds of 30 s","es":"3 mantenimientos de 30 s"}},
                 "difficulty":%d,"progressionCodes":["single-leg-stance"],"regressionCodes":["sit-to-stand"],
                 "equipment":["wall"],"precautions":{"en":["Stop if the knee hurts."],"es":["Pare si duele la rodilla."]},
                 "contraindications":[{"conditionCode":"femoroacetabular-impingement",
                   "text":{"en":"Keep the hips above the knees.","es":"Mantenga las caderas por encima de las rodillas."}}],
                 "conditionCodes":["hip-osteoarthritis"],"sources":["Test"]}""".formatted(code, nameEs, difficulty);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> audit(String code) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("code", code).get("/api/v1/audit")
                .then().statusCode(200).extract().path("items");
    }

    @Test
    void createThenReadInBothLanguagesThenAuditSaysWhoAndWhen() {
        Response created = editor().body(exercise("wall-sit-create", "Sentadilla en pared", 2)).post("/api/v1/exercises");
        created.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/exercises/wall-sit-create"))
                .header("ETag", "\"v1\"").body("version", equalTo(1)).body("origin", equalTo("editor"));
        clinician().header("Accept-Language", "es").get("/api/v1/exercises/wall-sit-create").then().statusCode(200)
                .body("name", equalTo("Sentadilla en pared")).body("version", equalTo(1));
        // The read cache was invalidated: the new exercise appears in lists at once.
        clinician().queryParam("equipment", "wall").queryParam("size", 100).get("/api/v1/exercises").then()
                .body("items.code", hasItem("wall-sit-create"));
        Map<String, Object> row = audit("wall-sit-create").get(0);
        assertThat(row).containsEntry("subject", "editor-ana").containsEntry("clientId", "hipspine-web")
                .containsEntry("action", "create").containsEntry("kind", "exercise").containsEntry("outcome", "success")
                .containsEntry("version", 1).containsKey("occurredAt");
        editor().body(exercise("wall-sit-create", "Otra", 2)).post("/api/v1/exercises").then().statusCode(409);
    }

    @Test
    void updateNeedsTheCurrentVersionInIfMatch() {
        editor().body(exercise("wall-sit-update", "Sentadilla en pared", 2)).post("/api/v1/exercises").then().statusCode(201);
        editor().body(exercise("wall-sit-update", "Sin If-Match", 3)).put("/api/v1/exercises/wall-sit-update")
                .then().statusCode(428).contentType("application/problem+json");
        editor().header("If-Match", "\"v1\"").body(exercise("wall-sit-update", "Versión dos", 3))
                .put("/api/v1/exercises/wall-sit-update").then().statusCode(200)
                .header("ETag", "\"v2\"").body("version", equalTo(2)).body("difficulty", equalTo(3));
        // A second editor still holding version 1 is refused: no lost update.
        editor().header("If-Match", "\"v1\"").body(exercise("wall-sit-update", "Cambio perdido", 4))
                .put("/api/v1/exercises/wall-sit-update").then().statusCode(412).contentType("application/problem+json");
        clinician().header("Accept-Language", "es").get("/api/v1/exercises/wall-sit-update").then()
                .body("name", equalTo("Versión dos")).body("version", equalTo(2));
        assertThat(audit("wall-sit-update")).extracting(r -> r.get("action") + ":" + r.get("outcome"))
                .containsSubsequence("update:refused-412", "update:success", "update:refused-428", "create:success");
    }

    @Test
    @MalformedRequests("an unknown category and broken codes, to prove the 422 names each field")
    void invalidContentIs422NamingEveryFieldPath() {
        String broken = exercise("wall-sit-invalid", "", 9)
                .replace("\"category\":\"hip-strengthening\"", "\"category\":\"juggling\"")
                .replace("\"regressionCodes\":[\"sit-to-stand\"]", "\"regressionCodes\":[\"no-such-exercise\"]")
                .replace("\"conditionCode\":\"femoroacetabular-impingement\"", "\"conditionCode\":\"hip-pain\"");
        editor().body(broken).post("/api/v1/exercises").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name.es", "difficulty", "category", "regressionCodes[0]",
                        "contraindications[0].conditionCode"));
        clinician().get("/api/v1/exercises/wall-sit-invalid").then().statusCode(404);
        // a NUL in the code reached the database lookup before validation: PostgreSQL refused it, a 500 (the fuzzer found it)
        editor().body(exercise("wall-sit\\u0000nul", "Sentadilla", 2)).post("/api/v1/exercises").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("code"));
        // a null among a condition's finding codes was a NullPointerException in the link check, a 500 (the fuzzer found it)
        Map<String, Object> condition = given().auth().oauth2(TestTokens.contentEditor())
                .get("/api/v1/conditions/lumbar-spinal-stenosis/source").then().statusCode(200).extract().jsonPath().getMap("");
        condition.keySet().removeAll(List.of("version", "origin", "updatedAt", "updatedBy", "retired"));
        condition.put("code", "stenosis-null-finding");
        condition.put("distinguishingFindings", java.util.Arrays.asList((Object) null));
        editor().body(condition).post("/api/v1/conditions").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("distinguishingFindings[0]"));
        assertThat(audit("wall-sit-invalid")).extracting(r -> r.get("outcome")).containsExactly("refused-422");
    }

    @Test
    void xmlInvalidControlCharactersAre422NamingTheFieldOnCreateAndUpdate() {
        // U+0007 in a name, U+0000 in a step: a PDF/XML renderer cannot print them; NUL used to be a 500 from PostgreSQL
        String bell = exercise("wall-sit-control", "Sentadilla\\u0007", 2)
                .replace("\"Lean on a wall.\"", "\"Lean\\u0000 on a wall.\"");
        editor().body(bell).post("/api/v1/exercises").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("name.es", "steps.en[0]"));
        clinician().get("/api/v1/exercises/wall-sit-control").then().statusCode(404);
        editor().body(exercise("wall-sit-control", "Sentadilla", 2)).post("/api/v1/exercises").then().statusCode(201);
        editor().header("If-Match", "\"v1\"").body(exercise("wall-sit-control", "Sentadilla", 2)
                        .replace("\"Hold a half squat against a wall.\"", "\"Hold\\u0000\""))
                .put("/api/v1/exercises/wall-sit-control").then().statusCode(422)
                .contentType("application/problem+json").body("violations.field", hasItem("summary.en"));
    }

    @Test
    @MalformedRequests("truncated JSON and an array, to prove the 400")
    void aBodyThatIsNotAJsonObjectIs400() {
        editor().body("{\"code\": ").post("/api/v1/exercises").then().statusCode(400)
                .contentType("application/problem+json");
        editor().body("[1, 2]").post("/api/v1/exercises").then().statusCode(400)
                .body("violations[0].field", equalTo(""));
    }

    @Test
    void theCodeInTheBodyMustMatchThePath() {
        editor().header("If-Match", "\"v1\"").body(exercise("another-code", "X", 2))
                .put("/api/v1/exercises/bridge").then().statusCode(422).body("violations[0].field", equalTo("code"));
    }

    @Test
    void editingAnUnknownCodeIs404() {
        editor().header("If-Match", "\"v1\"").body(exercise("no-such-exercise", "X", 2))
                .put("/api/v1/exercises/no-such-exercise").then().statusCode(404);
    }

    @Test
    void retiringKeepsTheRecordResolvableButOutOfLists() {
        editor().body(exercise("wall-sit-retire", "Sentadilla en pared", 2)).post("/api/v1/exercises").then().statusCode(201);
        editor().post("/api/v1/exercises/wall-sit-retire/retire").then().statusCode(428);
        editor().header("If-Match", "\"v1\"").post("/api/v1/exercises/wall-sit-retire/retire").then().statusCode(200)
                .body("retired", equalTo(true)).body("version", equalTo(2));
        clinician().get("/api/v1/exercises/wall-sit-retire").then().statusCode(200).body("retired", equalTo(true));
        clinician().queryParam("size", 100).get("/api/v1/exercises").then()
                .body("items.code", not(hasItem("wall-sit-retire")));
        clinician().queryParam("size", 100).queryParam("includeRetired", true).get("/api/v1/exercises").then()
                .body("items.code", hasItem("wall-sit-retire"));
        editor().header("If-Match", "\"v2\"").post("/api/v1/exercises/wall-sit-retire/retire").then().statusCode(409);
    }

    @Test
    void editorsReadTheBilingualSourceAndTheTrail() {
        given().auth().oauth2(TestTokens.contentEditor()).get("/api/v1/conditions/lumbar-spinal-stenosis/source")
                .then().statusCode(200).header("ETag", "\"v1\"").header("Content-Language", "en, es")
                .body("name.en", equalTo("Lumbar spinal stenosis"))
                .body("name.es", equalTo("Estenosis de canal lumbar"))
                .body("origin", equalTo("file"));
        given().auth().oauth2(TestTokens.contentEditor()).queryParam("action", "import").queryParam("code", "bridge")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items[0].subject", equalTo("content-import")).body("items[0].outcome", equalTo("created"));
    }
}
