package health.hipspine.assessment.mapping;

import health.hipspine.events.AssessmentResult;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.model.ClinicalModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Laying the Spanish texts over a stored English result: texts only, and only where the codes line up. */
class ResultTextsTest {

    private static final List<SubmittedFinding> FINDINGS = List.of(new SubmittedFinding("pain.groin", true, "right"),
            new SubmittedFinding("test.fadir", true, "right"), new SubmittedFinding("pain.low-back", true, null));
    private static final QuestionnaireAnswers QUESTIONNAIRES = new QuestionnaireAnswers(null, List.of(0, 1, 0, 0, 1, 0, 0, 1, 2), 6, null);

    private static Scored scored(String language) {
        return ClinicalModelMapping.scored(ClinicalModel.standard().assess(
                ClinicalModelMapping.input(64, "female", FINDINGS, QUESTIONNAIRES, "primary-care"), language));
    }

    private static AssessmentResult stored(Scored s) {
        return new AssessmentResult(s.modelVersion(), "2026.12.0", s.triage(), s.differential(), s.hipSpineSyndrome(),
                s.questionnaires(), new AssessmentResult.ExercisePlan(true, "note", List.of()), s.nextSteps(), s.warnings(),
                s.setting(), s.leadingCategory(), s.patientInstruction(), s.loadedExerciseSuppressed(), s.suppressedSuggestions());
    }

    @Test
    void theSpanishResultIsTheStoredOneWithTheSpanishTexts() {
        Scored en = scored("en");
        Scored es = scored("es");
        AssessmentResult r = ResultTexts.overlay(stored(en), es, "es");

        assertThat(r.triage().action()).isEqualTo(es.triage().action()).isNotEqualTo(en.triage().action());
        assertThat(r.nextSteps()).isEqualTo(es.nextSteps());
        assertThat(r.warnings()).isEqualTo(es.warnings());
        assertThat(r.differential()).isEqualTo(es.differential());
        assertThat(r.hipSpineSyndrome()).isEqualTo(es.hipSpineSyndrome());
        assertThat(r.questionnaires()).isEqualTo(es.questionnaires());
        assertThat(r.patientInstruction().text()).isEqualTo(en.patientInstruction().translations().get("es"));
        assertThat(r.exercisePlan()).isEqualTo(stored(en).exercisePlan());
        assertThat(r.modelVersion()).isEqualTo(en.modelVersion());
    }

    @Test
    void aTextWhoseCodeDoesNotLineUpKeepsItsStoredWording() {
        Scored en = scored("en");
        Scored es = scored("es");
        assertThat(es.nextSteps()).hasSizeGreaterThan(1);
        List<AssessmentResult.NextStep> reversed = new ArrayList<>(es.nextSteps());
        Collections.reverse(reversed);
        Scored shuffled = new Scored(es.modelVersion(), es.triage(), es.differential(), es.hipSpineSyndrome(), es.questionnaires(),
                reversed, es.warnings(), es.recommendedConditionCodes(), es.likelyConditionCodes(), es.setting(),
                es.leadingCategory(), es.patientInstruction(), es.loadedExerciseSuppressed(), es.suppressedSuggestions());

        AssessmentResult r = ResultTexts.overlay(stored(en), shuffled, "es");
        for (int i = 0; i < r.nextSteps().size(); i++) {
            boolean aligned = reversed.get(i).code().equals(en.nextSteps().get(i).code());
            assertThat(r.nextSteps().get(i).text()).isEqualTo(aligned ? reversed.get(i).text() : en.nextSteps().get(i).text());
        }
        assertThat(r.nextSteps()).extracting(AssessmentResult.NextStep::code)
                .isEqualTo(en.nextSteps().stream().map(AssessmentResult.NextStep::code).toList());
    }
}
