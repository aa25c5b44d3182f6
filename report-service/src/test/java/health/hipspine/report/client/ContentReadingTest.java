package health.hipspine.report.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.contract.content.ExerciseView;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The content service's JSON, read as the REST client reads it (content-contract records), becomes what reports print. */
class ContentReadingTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anExerciseAsTheContentServiceServesItBecomesItsPrintedDetails() throws Exception {
        ExerciseView view = JSON.readValue("""
                {"code":"bridge","name":"Bridge","category":"hip-strengthening","region":"hip",
                 "targetMuscles":["gluteus maximus"],"summary":"Lift the pelvis.","steps":["Lie on your back.","Lift."],
                 "dosage":{"sets":3,"reps":10,"holdSeconds":3,"durationMinutes":null,"frequency":"Daily","text":"3 sets of 10"},
                 "difficulty":2,"progressionCodes":[],"regressionCodes":[],"equipment":["mat"],
                 "precautions":["Stop if pain spreads down the leg."],"contraindications":[],"conditionCodes":[],
                 "sources":["Seed article 003"],"version":4,"retired":false,"language":"en","addedLater":true}""",
                ExerciseView.class);
        ExerciseDetails details = ExerciseDetails.of(view);
        assertThat(details).isEqualTo(new ExerciseDetails("bridge", "Bridge", "Lift the pelvis.",
                List.of("Lie on your back.", "Lift."), new ExerciseDetails.Dosage(3, 10, 3, "Daily", "3 sets of 10"),
                List.of("Stop if pain spreads down the leg."), "4"));
    }

    @Test
    void anExerciseWithAPictureCarriesItsAltTextAndPrintsThePictureOnceFetched() throws Exception {
        ExerciseDetails details = ExerciseDetails.of(JSON.readValue("""
                {"code":"bridge","version":2,"imageUrl":"/api/v1/exercises/bridge/image",
                 "imageAlt":"Dibujo lineal: una persona eleva la cadera."}""", ExerciseView.class));
        assertThat(details.hasPicture()).isTrue();
        assertThat(details.imageAlt()).isEqualTo("Dibujo lineal: una persona eleva la cadera.");
        assertThat(details.pictureDataUri()).as("not fetched yet").isEmpty();

        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>";
        String uri = details.withImage(svg).pictureDataUri().orElseThrow();
        assertThat(uri).startsWith("data:image/svg+xml;base64,");
        assertThat(new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8))
                .isEqualTo(svg);
    }

    @Test
    void aPictureThatIsNotWellFormedSvgIsLeftOut() throws Exception {
        ExerciseDetails details = ExerciseDetails.of(JSON.readValue("""
                {"code":"bridge","version":2,"imageUrl":"/api/v1/exercises/bridge/image","imageAlt":"A bridge."}""",
                ExerciseView.class));
        for (String bad : new String[] {"", "<svg xmlns=\"http://www.w3.org/2000/svg\"><path d=", "<html/>",
                "<!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>"}) {
            assertThat(details.withImage(bad).pictureDataUri()).as(bad).isEmpty();
        }
    }

    @Test
    void anExerciseWithoutImageUrlHasNoPicture() throws Exception {
        ExerciseDetails details = ExerciseDetails.of(JSON.readValue("{\"code\":\"walk\",\"version\":1,\"imageAlt\":\"x\"}",
                ExerciseView.class));
        assertThat(details.hasPicture()).isFalse();
        assertThat(details.withImage("<svg xmlns=\"http://www.w3.org/2000/svg\"/>").pictureDataUri()).isEmpty();
    }

    @Test
    void anExerciseWithoutDosageOrListsStillPrints() throws Exception {
        ExerciseDetails details = ExerciseDetails.of(JSON.readValue("{\"code\":\"walk\",\"version\":1}", ExerciseView.class));
        assertThat(details.dosage()).isNull();
        assertThat(details.stepsOrEmpty()).isEmpty();
        assertThat(details.precautionsOrEmpty()).isEmpty();
    }

    @Test
    void aFindingIsReadOnlyAsFarAsItsName() throws Exception {
        FindingName finding = JSON.readValue("""
                {"code":"relieved.sitting","name":"Relieved by sitting","group":"HISTORY","accuracy":{"lr+":2.1},"language":"en"}""",
                FindingName.class);
        assertThat(finding.name()).isEqualTo("Relieved by sitting");
    }
}
