package health.hipspine.report.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.contract.content.ExerciseView;
import org.junit.jupiter.api.Test;

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
