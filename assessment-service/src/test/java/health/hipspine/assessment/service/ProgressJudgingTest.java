package health.hipspine.assessment.service;

import health.hipspine.events.AssessmentResult.Hoos12;
import health.hipspine.events.AssessmentResult.Odi;
import health.hipspine.events.AssessmentResult.StartBack;
import health.hipspine.events.AssessmentResult.QuestionnaireScores;
import health.hipspine.events.Progress;
import health.hipspine.events.Progress.ChangeWithoutMic;
import health.hipspine.events.Progress.MeasureChange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Progress is judged by the clinical model: ODI 10 points or 30% (Ostelo 2008), NPRS a 30% fall (Farrar 2001) or a
 * 2-point rise (Childs 2005); HOOS-12 has no MIC and is judged only against the full-HOOS individual MDC.
 */
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

    static QuestionnaireScores hoos(double pain, double function, double qol, Double summary) {
        return new QuestionnaireScores(null, null, null,
                new Hoos12(pain, function, qol, summary, "U", "mean of the scales (U)", 12, "Gandek 2019"), List.of());
    }

    @Test
    void nprsImprovesByThirtyPercentOfTheBaselineNotAFixedTwoPoints() {
        MeasureChange fromEight = change(judging.between(earlier(scores(null, 8)), scores(null, 6)), "NPRS");
        assertThat(fromEight.interpretation()).isEqualTo("NO_IMPORTANT_CHANGE"); // 2 points, but 25%
        assertThat(fromEight.minimalImportantChange()).isEqualTo(2.4);
        assertThat(fromEight.percentChange()).isEqualTo(-25.0);
        assertThat(fromEight.minimalImportantPercent()).isEqualTo(30.0);
        assertThat(fromEight.rule()).contains("Farrar 2001").contains("3-4 points").contains("status S");
        assertThat(fromEight.source()).contains("Farrar 2001");
        assertThat(change(judging.between(earlier(scores(null, 6)), scores(null, 4)), "NPRS").interpretation()).isEqualTo("IMPROVED");
        assertThat(change(judging.between(earlier(scores(null, 4)), scores(null, 5)), "NPRS").interpretation())
                .isEqualTo("NO_IMPORTANT_CHANGE");
        assertThat(change(judging.between(earlier(scores(null, 3)), scores(null, 5)), "NPRS").interpretation()).isEqualTo("WORSENED");
    }

    @Test
    void anOdiFallOfThirtyPercentIsAnImprovementBelowTenPoints() {
        MeasureChange odi = change(judging.between(earlier(scores(20.0, null)), scores(14.0, null)), "ODI");
        assertThat(odi.interpretation()).isEqualTo("IMPROVED");
        assertThat(odi.rule()).contains("10 points or 30%");
    }

    @Test
    void hoos12ChangesAreShownWithoutAMicAndJudgedOnlyAgainstTheFullHoosMdc() {
        Progress p = judging.between(earlier(hoos(40, 50, 30, 40.0)), hoos(70, 55, 50, 58.3));
        assertThat(p.changes()).isEmpty();
        assertThat(p.changesWithoutMic()).extracting(ChangeWithoutMic::measure, ChangeWithoutMic::interpretation, ChangeWithoutMic::thresholdKind)
                .containsExactly(tuple("HOOS12_PAIN", "BEYOND_MDC_BETTER", "MDC_INDIVIDUAL_FULL_HOOS"),
                        tuple("HOOS12_FUNCTION", "NOT_JUDGED", "NONE"),
                        tuple("HOOS12_QOL", "BEYOND_MDC_BETTER", "MDC_INDIVIDUAL_FULL_HOOS"),
                        tuple("HOOS12_SUMMARY", "NOT_JUDGED", "NONE"));
        ChangeWithoutMic pain = p.changesWithoutMic().get(0);
        assertThat(pain.change()).isEqualTo(30.0);
        assertThat(pain.threshold()).isEqualTo(26.2);
        assertThat(pain.source()).contains("Gojło & Paradowski 2020");
        assertThat(p.changesWithoutMic().get(1).note()).contains("No published threshold");
    }

    @Test
    void aHoos12ScaleMissingOnEitherSideIsNotCompared() {
        var before = new QuestionnaireScores(null, null, null, new Hoos12(40.0, null, 30.0, null, "U", null, 9, "Gandek 2019"), List.of());
        assertThat(judging.between(earlier(before), hoos(70, 55, 50, 58.3)).changesWithoutMic())
                .extracting(ChangeWithoutMic::measure).containsExactly("HOOS12_PAIN", "HOOS12_QOL");
    }

    @Test
    void theStartBackTotalIsShownButNotJudged() {
        var before = new QuestionnaireScores(null, new StartBack(6, 4, "HIGH"), null);
        var after = new QuestionnaireScores(null, new StartBack(2, 1, "LOW"), null);
        assertThat(judging.between(earlier(before), after).changesWithoutMic()).singleElement().satisfies(c -> {
            assertThat(c.measure()).isEqualTo("STARTBACK");
            assertThat(c.change()).isEqualTo(-4.0);
            assertThat(c.interpretation()).isEqualTo("NOT_JUDGED");
        });
    }

    @Test
    void theFirstAssessmentHasAnEmptyProgress() {
        Progress p = judging.between(null, scores(30.0, 5));
        assertThat(p.previousAssessmentId()).isNull();
        assertThat(p.previousEncounterDate()).isNull();
        assertThat(p.changes()).isEmpty();
        assertThat(p.changesWithoutMic()).isEmpty();
    }

    @Test
    void onlyMeasuresPresentInBothAreJudged() {
        Progress p = judging.between(earlier(scores(40.0, null)), scores(20.0, 3));
        assertThat(p.previousAssessmentId()).isEqualTo(previousId);
        assertThat(p.changes()).extracting(MeasureChange::measure).containsExactly("ODI");
        assertThat(judging.between(earlier(null), scores(20.0, 3)).changes()).isEmpty();
    }
}
