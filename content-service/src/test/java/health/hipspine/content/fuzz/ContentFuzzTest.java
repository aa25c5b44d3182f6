package health.hipspine.content.fuzz;

import health.hipspine.testing.TestTokens;
import health.hipspine.testing.fuzz.ApiFuzz;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12: generated valid, boundary and malformed bodies for every POST/PUT of the committed contract
 * ({@code docs/openapi/content-service.yaml}), as a
 * content editor. No answer may be 5xx; every 4xx is a problem document. Seed printed; {@code -Dfuzz.seed=} replays.
 */
@QuarkusTest
class ContentFuzzTest {

    /** Records the fuzzer edits and retires: its own, so the shipped catalogue other tests read stays intact. */
    static final String OWN_EXERCISE = "fuzz-wall-sit";

    @TestHTTPResource("/")
    URI base;

    @Test
    void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblem() {
        String editor = TestTokens.token().subject("editor-fuzz").roles("content-editor").expiresInSeconds(3600).sign();
        given().auth().oauth2(editor).contentType("application/json").body(exercise(OWN_EXERCISE))
                .post("/api/v1/exercises").then().statusCode(201);
        String document = ApiFuzz.committedDocument("content-service");

        ApiFuzz.Result result = ApiFuzz.run("content-service", base, document, ApiFuzz.seed(), ApiFuzz.count(3400),
                endpoint -> editor, Map.of("code", List.of(OWN_EXERCISE, "fuzz-unknown-code")));

        assertThat(result.perEndpoint()).hasSize(9);
        assertThat(result.statuses()).containsKey(201);
    }

    static String exercise(String code) {
        return """
                {"code":"%s","name":{"en":"Wall sit","es":"Sentadilla en pared"},"category":"hip-strengthening","region":"hip",
                 "targetMuscles":{"en":["quadriceps"],"es":["cuádriceps"]},
                 "summary":{"en":"Hold a half squat against a wall.","es":"Mantenga media sentadilla contra la pared."},
                 "steps":{"en":["Lean on a wall.","Slide down and hold."],"es":["Apóyese en la pared.","Deslícese y mantenga."]},
                 "dosage":{"sets":3,"reps":null,"holdSeconds":30,"frequency":{"en":"Daily","es":"A diario"},
                           "text":{"en":"3 holds of 30 s","es":"3 mantenimientos de 30 s"}},
                 "difficulty":2,"progressionCodes":["single-leg-stance"],"regressionCodes":["sit-to-stand"],
                 "equipment":["wall"],"precautions":{"en":["Stop if the knee hurts."],"es":["Pare si duele la rodilla."]},
                 "contraindications":[],"conditionCodes":["hip-osteoarthritis"],"sources":["Test"]}""".formatted(code);
    }
}
