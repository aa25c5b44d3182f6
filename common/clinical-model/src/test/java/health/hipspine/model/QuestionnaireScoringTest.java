package health.hipspine.model;

import health.hipspine.model.questionnaire.OdiBand;
import health.hipspine.model.questionnaire.OdiScore;
import health.hipspine.model.questionnaire.QuestionnaireScoring;
import health.hipspine.model.questionnaire.StartBackRisk;
import health.hipspine.model.questionnaire.StartBackScore;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireScoringTest {

    private final QuestionnaireScoring scoring = new QuestionnaireScoring(ClinicalModel.standard().catalogue().questionnaireRules());

    @Test
    void odiWithAllTenSectionsIsTheSumOverFiftyAsAPercent() {
        // 2+1+3+2+2+1+0+2+1+2 = 16 of 50 -> 32% -> moderate (21-40)
        assertThat(scoring.odi(List.of(2, 1, 3, 2, 2, 1, 0, 2, 1, 2))).isEqualTo(new OdiScore(32.0, OdiBand.MODERATE, 10));
    }

    @Test
    void eachMissingOdiSectionReducesTheDenominatorByFive() {
        // 14 of (5 x 9) = 31.1% (Fairbank 2000), not 14 of 50 = 28%
        assertThat(scoring.odi(Arrays.asList(2, 1, 3, 2, 2, 1, 0, 2, 1, null))).isEqualTo(new OdiScore(31.1, OdiBand.MODERATE, 9));
        assertThat(scoring.odi(Arrays.asList(null, null, null, null, null, null, null, null, null, null))).isNull();
    }

    @Test
    void anOdiWithNineOfTenSectionsMissingIsNotScored() {
        // one answer of 5 gave "100%, bed-bound" before: the evidence states no cap (U), the product rule allows 1
        assertThat(scoring.odi(Arrays.asList(5, null, null, null, null, null, null, null, null, null))).isNull();
        assertThat(scoring.odi(Arrays.asList(5, 5, null, null, null, null, null, null, null, null))).isNull();
    }

    @Test
    void odiBandsFollowFairbankBoundaries() {
        assertThat(scoring.odi(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).band()).isEqualTo(OdiBand.MINIMAL);   // 20%
        assertThat(scoring.odi(List.of(2, 1, 1, 1, 1, 1, 1, 1, 1, 1)).band()).isEqualTo(OdiBand.MODERATE);  // 22%
        assertThat(scoring.odi(List.of(3, 3, 3, 3, 3, 3, 0, 0, 1, 1)).band()).isEqualTo(OdiBand.MODERATE);  // 40%
        assertThat(scoring.odi(List.of(3, 3, 3, 3, 3, 3, 1, 0, 1, 1)).band()).isEqualTo(OdiBand.SEVERE);    // 42%
        assertThat(scoring.odi(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3)).band()).isEqualTo(OdiBand.SEVERE);    // 60%
        assertThat(scoring.odi(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4, 4)).band()).isEqualTo(OdiBand.CRIPPLED);  // 80%
        assertThat(scoring.odi(List.of(5, 5, 5, 5, 4, 4, 4, 4, 4, 4)).band()).isEqualTo(OdiBand.BED_BOUND); // 88%
    }

    @Test
    void startBackLowWhenTotalIsThreeOrLess() {
        StartBackScore s = scoring.startBack(List.of(1, 1, 0, 0, 1, 0, 0, 0, 2));
        assertThat(s).isEqualTo(new StartBackScore(3, 1, StartBackRisk.LOW));
    }

    @Test
    void startBackItemNineCountsOnlyForItsTopTwoAnswers() {
        assertThat(scoring.startBack(List.of(0, 0, 0, 0, 0, 0, 0, 0, 2)).total()).isZero();
        assertThat(scoring.startBack(List.of(0, 0, 0, 0, 0, 0, 0, 0, 3)).total()).isEqualTo(1);
        assertThat(scoring.startBack(List.of(0, 0, 0, 0, 0, 0, 0, 0, 4)).psychosocialSubscale()).isEqualTo(1);
    }

    @Test
    void startBackMediumWhenTotalFourOrMoreWithSubscaleThreeOrLess() {
        // items 1-4 agree, item 5 agree, item 9 "very much": total 6, subscale 2
        assertThat(scoring.startBack(List.of(1, 1, 1, 1, 1, 0, 0, 0, 3))).isEqualTo(new StartBackScore(6, 2, StartBackRisk.MEDIUM));
    }

    @Test
    void startBackHighWhenSubscaleFourOrMore() {
        // items 5-8 agree, item 9 "extremely": total 5, subscale 5
        assertThat(scoring.startBack(List.of(0, 0, 0, 0, 1, 1, 1, 1, 4))).isEqualTo(new StartBackScore(5, 5, StartBackRisk.HIGH));
    }

    @Test
    void assessmentCarriesScoresAndAHighRiskNextStep() {
        // STarT Back is scored in back pain only (Hill 2008)
        ModelResult r = Presentations.patient(50, Sex.FEMALE).yes("pain.low-back").questionnaires(new Questionnaires(
                Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 3, null), List.of(1, 1, 1, 1, 1, 1, 1, 1, 4), 7)).assess();
        assertThat(r.questionnaires().odi()).isEqualTo(new OdiScore(60.0, OdiBand.SEVERE, 9));
        assertThat(r.questionnaires().startBack().riskGroup()).isEqualTo(StartBackRisk.HIGH);
        assertThat(r.questionnaires().nprs()).isEqualTo(7);
        assertThat(r.hasWarning("warning.odi-sections-missing")).isTrue();
        assertThat(r.hasNextStep("next.startback-high")).isTrue();
        assertThat(r.hasWarning("warning.questionnaires-missing")).isFalse();
    }
}
