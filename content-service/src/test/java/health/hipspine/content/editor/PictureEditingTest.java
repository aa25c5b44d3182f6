package health.hipspine.content.editor;

import health.hipspine.testing.contract.MalformedRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static health.hipspine.content.editor.EditorTest.clinician;
import static health.hipspine.content.editor.EditorTest.editor;
import static health.hipspine.content.editor.EditorTest.exercise;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** An editor may name a picture of the release, never a missing file or a path; without one there is no picture. */
@QuarkusTest
class PictureEditingTest {

    static String withImage(String code, String file) {
        return exercise(code, "Sentadilla en pared", 2).replace("\"sources\":[\"Test\"]",
                "\"sources\":[\"Test\"],\"image\":{\"file\":\"" + file + "\",\"alt\":{\"en\":\"A person sits against a wall.\","
                        + "\"es\":\"Una persona sentada contra la pared.\"}}");
    }

    @Test
    @MalformedRequests("a path as the picture file (off the file-name pattern), to prove the 422")
    void aMissingFileOrAPathIs422OnImageFile() {
        editor().body(withImage("wall-sit-missing-picture", "no-such-picture.svg")).post("/api/v1/exercises")
                .then().statusCode(422).body("violations.field", hasItem("image.file"));
        editor().body(withImage("wall-sit-path-picture", "../application.svg")).post("/api/v1/exercises")
                .then().statusCode(422).body("violations.field", hasItem("image.file"));
    }

    @Test
    void aReleasePictureMayBeReusedAndAnExerciseWithoutOneHasNoImageUrlAndA404Picture() {
        editor().body(withImage("wall-sit-squat-picture", "squat.svg")).post("/api/v1/exercises").then().statusCode(201);
        clinician().header("Accept-Language", "es").get("/api/v1/exercises/wall-sit-squat-picture").then().statusCode(200)
                .body("imageUrl", equalTo("/api/v1/exercises/wall-sit-squat-picture/image"))
                .body("imageAlt", equalTo("Una persona sentada contra la pared."));
        clinician().get("/api/v1/exercises/wall-sit-squat-picture/image").then().statusCode(200);

        editor().body(exercise("wall-sit-no-picture", "Sentadilla en pared", 2)).post("/api/v1/exercises").then().statusCode(201);
        clinician().get("/api/v1/exercises/wall-sit-no-picture").then().statusCode(200)
                .body("imageUrl", nullValue()).body("imageAlt", nullValue());
        clinician().get("/api/v1/exercises/wall-sit-no-picture/image").then().statusCode(404)
                .body("type", equalTo("https://hipspine.health/problems/not-found"));
    }
}
