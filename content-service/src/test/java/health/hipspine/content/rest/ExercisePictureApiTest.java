package health.hipspine.content.rest;

import health.hipspine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** GET /api/v1/exercises/{code}/image, and the exercise's imageUrl and imageAlt that lead to it. */
@QuarkusTest
class ExercisePictureApiTest {

    static final String CLINICIAN = TestTokens.clinician(TestTokens.CLINIC_A);

    @Test
    void theExerciseNamesItsPictureAndDescribesItInTheCallersLanguage() {
        Response en = given().auth().oauth2(CLINICIAN).header("Accept-Language", "en").get("/api/v1/exercises/clamshell");
        Response es = given().auth().oauth2(CLINICIAN).header("Accept-Language", "es").get("/api/v1/exercises/clamshell");
        assertThat(en.jsonPath().getString("imageUrl")).isEqualTo("/api/v1/exercises/clamshell/image");
        assertThat(es.jsonPath().getString("imageUrl")).isEqualTo("/api/v1/exercises/clamshell/image");
        assertThat(en.jsonPath().getString("imageAlt")).startsWith("Line drawing").contains("side");
        assertThat(es.jsonPath().getString("imageAlt")).startsWith("Dibujo lineal").contains("de lado");
        assertThat(en.jsonPath().getMap("$")).doesNotContainKey("image");
    }

    @Test
    void thePictureIsServedAsSvgWithAStrongETagAndPrivateCaching() {
        Response picture = given().auth().oauth2(CLINICIAN).get("/api/v1/exercises/bridge/image");
        picture.then().statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", equalTo("private, max-age=3600"));
        assertThat(picture.asString()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        String etag = picture.header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{27}\"");

        given().auth().oauth2(CLINICIAN).header("If-None-Match", etag).get("/api/v1/exercises/bridge/image")
                .then().statusCode(304).header("ETag", equalTo(etag));
        String other = given().auth().oauth2(CLINICIAN).get("/api/v1/exercises/squat/image").then().statusCode(200)
                .extract().header("ETag");
        assertThat(other).isNotEqualTo(etag);
    }

    @Test
    void withoutATokenThePictureIs401() {
        given().get("/api/v1/exercises/bridge/image").then().statusCode(401);
    }

    @Test
    void anUnknownExerciseIs404AsAProblem() {
        given().auth().oauth2(CLINICIAN).get("/api/v1/exercises/no-such-exercise/image")
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("type", equalTo("https://hipspine.health/problems/not-found"));
    }
}
