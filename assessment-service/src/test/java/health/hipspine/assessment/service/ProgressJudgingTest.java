package health.hipspine.assessment.service;

import health.hipspine.events.AssessmentResult.Odi;
import health.hipspine.events.AssessmentResult.QuestionnaireScores;
import health.hipspine.events.Progress;
import health.hipspine.events.Progress.MeasureChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Progress is judged by the clinical model's minimal important changes: ODI 10 points, NPRS 2 points. */
class ProgressJudgingTest {

    final ProgressJudging judging = new ProgressJudging();
    final UUID previousId = UUID.randomUUID();

    static QuestionnaireScores scores(Double odiPercent, Integer nprs) {
        return new QuestionnaireScores(odiPercent == null ? null : new Odi(odiPercent, "moderate", 10), null, nprs);
    }

    ProgressJudging.Earlier earlier(QuestionnaireScores q) {
        return new ProgressJudging.Earlier(previousId, LocalDate.of(2026, 10, 1), q);
    }

    MeasureChange change(Progress p, String measure) {
        return p.changes().stream().filter(c -> c.measure().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void anOdiFallFrom33_3To23_3IsExactlyTheMinimalImportantChangeAndAnImprovement() {
        Progress p = judging.between(earlier(scores(33.3, null)), scores(23.3, null));
        MeasureChange odi = change(p, "ODI");
        assertThat(odi.interpretation()).isEqualTo("IMPROVED");
        assertThat(odi.minimalImportantChange()).isEqualTo(10.0);
        assertThat(odi.change()).isEqualTo(-10.0);
        assertThat(odi.source()).contains("Ostelo");
    }

    @Test
    void anOdiRiseOfTenPointsIsWorseAndASmallerChangeIsNotImportant() {
        assertThat(change(judging.between(earlier(scores(23.3, null)), scores(33.3, null)), "ODI").interpretation())
                .isEqualTo("WORSENED");
        assertThat(change(judging.between(earlier(scores(33.3, null)), scores(25.0, null)), "ODI").interpretation())
                .isEqualTo("NO_IMPORTANT_CHANGE");
    }

    @Test
    void nprsIsJudgedAgainstTwoPoints() {
        assertThat(change(judging.between(earlier(scores(null, 6)), scores(null, 4)), "NPRS").interpretation()).isEqualTo("IMPROVED");
        assertThat(change(judging.between(earlier(scores(null, 4)), scores(null, 5)), "NPRS").interpretation())
                .isEqualTo("NO_IMPORTANT_CHANGE");
        assertThat(change(judging.between(earlier(scores(null, 3)), scores(null, 5)), "NPRS").interpretation()).isEqualTo("WORSENED");
    }

    @Test
    void theFirstAssessmentHasAnEmptyProgress() {
        Progress p = judging.between(null, scores(30.0, 5));
        assertThat(p.previousAssessmentId()).isNull();
        assertThat(p.previousEncounterDate()).isNull();
        assertThat(p.changes()).isEmpty();
    }

    @Test
    void onlyMeasuresPresentInBothAreJudged() {
        Progress p = judging.between(earlier(scores(40.0, null)), scores(20.0, 3));
        assertThat(p.previousAssessmentId()).isEqualTo(previousId);
        assertThat(p.changes()).extracting(MeasureChange::measure).containsExactly("ODI");
        assertThat(judging.between(earlier(null), scores(20.0, 3)).changes()).isEmpty();
    }
}
