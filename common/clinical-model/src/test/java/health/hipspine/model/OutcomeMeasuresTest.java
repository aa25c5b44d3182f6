package health.hipspine.model;

import health.hipspine.model.catalogue.Violation.Kind;
import health.hipspine.model.questionnaire.Hoos12Score;
import health.hipspine.model.questionnaire.NotScored;
import health.hipspine.model.questionnaire.StartBackRisk;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 11, outcome measures: ODI missing-section cap, STarT Back population, HOOS-12 scoring. */
class OutcomeMeasuresTest {

    private static final List<Integer> SB_HIGH = List.of(1, 1, 1, 1, 1, 1, 1, 1, 4);

    private static List<Integer> hoos(Integer... items) {
        return Arrays.asList(items);
    }

    @Test
    void anOdiWithNineSectionsMissingIsNotScoredAndSaysWhyAndThatTheCapIsAProductRule() {
        ModelResult r = Presentations.patient(50, Sex.FEMALE).yes("pain.low-back").questionnaires(new Questionnaires(
                Arrays.asList(5, null, null, null, null, null, null, null, null, null), null, 5)).assess();
        assertThat(r.questionnaires().odi()).isNull();
        assertThat(r.questionnaires().notScored()).singleElement().satisfies(n -> {
            assertThat(n.measure()).isEqualTo("ODI");
            assertThat(n.reason()).contains("not scored: 9 sections missing").contains("product rule");
            assertThat(n.source()).isEqualTo("product rule");
        });
        assertThat(r.hasWarning("warning.measure-not-scored")).isTrue();
    }

    @Test
    void anOdiWithOneSectionMissingIsScoredAndTheWarningNamesTheProductRule() {
        ModelResult r = Presentations.patient(50, Sex.FEMALE).questionnaires(new Questionnaires(
                Arrays.asList(2, 1, 3, 2, 2, 1, 0, 2, 1, null), null, null)).assess();
        assertThat(r.questionnaires().odi().percent()).isEqualTo(31.1);
        assertThat(r.questionnaires().notScored()).isEmpty();
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("warning.odi-sections-missing")).singleElement()
                .satisfies(w -> assertThat(w.text()).contains("a product rule"));
    }

    @Test
    void startBackIsScoredInBackPain() {
        ModelResult r = Presentations.patient(50, Sex.FEMALE).yes("pain.low-back", "pain.groin")
                .questionnaires(new Questionnaires(null, SB_HIGH, null)).assess();
        assertThat(r.questionnaires().startBack().riskGroup()).isEqualTo(StartBackRisk.HIGH);
        assertThat(r.questionnaires().notScored()).isEmpty();
    }

    @Test
    void startBackIsNotScoredForHipOnlyPainAndSaysWhy() {
        ModelResult r = Presentations.patient(50, Sex.FEMALE).yes("pain.groin")
                .questionnaires(new Questionnaires(null, SB_HIGH, null)).assess();
        assertThat(r.questionnaires().startBack()).isNull();
        assertThat(r.hasNextStep("next.startback-high")).isFalse();
        assertThat(r.questionnaires().notScored()).singleElement().satisfies(n -> {
            assertThat(n.measure()).isEqualTo("STARTBACK");
            assertThat(n.reason()).contains("no back pain recorded").contains("Hill 2008").contains("Hill 2016");
        });
    }

    @Test
    void theStartBackScreenIsSuggestedOnlyInBackPain() {
        assertThat(Presentations.patient(50, Sex.FEMALE).yes("pain.groin").assess().hasNextStep("next.startback-screen")).isFalse();
        assertThat(Presentations.patient(50, Sex.FEMALE).yes("pain.low-back").assess().hasNextStep("next.startback-screen")).isTrue();
    }

    @Test
    void hoos12ScalesAreZeroToHundredWithHundredNoProblems() {
        ModelResult r = Presentations.patient(64, Sex.FEMALE).yes("pain.groin").questionnaires(new Questionnaires(
                null, null, null, hoos(0, 0, 0, 0, 4, 4, 4, 4, 2, 2, 2, 2))).assess();
        Hoos12Score h = r.questionnaires().hoos12();
        assertThat(h.pain()).isEqualTo(100.0);
        assertThat(h.function()).isZero();
        assertThat(h.qualityOfLife()).isEqualTo(50.0);
        assertThat(h.itemsAnswered()).isEqualTo(12);
        assertThat(h.source()).contains("Gandek 2019");
    }

    @Test
    void aMissingHoos12ItemTakesTheMeanOfItsScale() {
        // pain 1, 2, -, 3: mean 2 -> 100 - 2/4 x 100 = 50
        Hoos12Score h = Presentations.patient(64, Sex.FEMALE).yes("pain.groin").questionnaires(new Questionnaires(
                null, null, null, hoos(1, 2, null, 3, 1, 1, 1, 1, 0, 1, 0, 1))).assess().questionnaires().hoos12();
        assertThat(h.pain()).isEqualTo(50.0);
        assertThat(h.function()).isEqualTo(75.0);
        assertThat(h.qualityOfLife()).isEqualTo(87.5);
        assertThat(h.itemsAnswered()).isEqualTo(11);
    }

    @Test
    void theHoos12SummaryIsTheMeanOfTheThreeScalesFlaggedU() {
        Hoos12Score h = Presentations.patient(64, Sex.FEMALE).yes("pain.groin").questionnaires(new Questionnaires(
                null, null, null, hoos(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3))).assess().questionnaires().hoos12();
        // 75, 50, 25 -> 50
        assertThat(h.summary()).isEqualTo(50.0);
        assertThat(h.summaryStatus()).isEqualTo("U");
        assertThat(h.summaryNote()).contains("KOOS-12").contains("(S)").contains("inferred (U)");
    }

    @Test
    void aHoos12ScaleWithFewerThanHalfItsItemsIsNotScoredAndNeitherIsTheSummary() {
        ModelResult r = Presentations.patient(64, Sex.FEMALE).yes("pain.lateral-hip").questionnaires(new Questionnaires(
                null, null, null, hoos(1, 1, 1, 1, 2, 2, null, null, null, null, null, 3))).assess();
        Hoos12Score h = r.questionnaires().hoos12();
        assertThat(h.function()).isEqualTo(50.0); // 2 of 4 is half: enough
        assertThat(h.qualityOfLife()).isNull();
        assertThat(h.summary()).isNull();
        assertThat(r.questionnaires().notScored()).extracting(NotScored::measure).containsExactly("HOOS12_QOL");
        assertThat(r.questionnaires().notScored().get(0).reason()).contains("1 of its 4 items answered").contains("at least 2");
    }

    @Test
    void hoos12IsNotScoredWithoutHipPain() {
        ModelResult r = Presentations.patient(64, Sex.FEMALE).yes("pain.low-back").questionnaires(new Questionnaires(
                null, null, null, Collections.nCopies(12, 1))).assess();
        assertThat(r.questionnaires().hoos12()).isNull();
        assertThat(r.questionnaires().notScored()).extracting(NotScored::measure).containsExactly("HOOS12");
    }

    @Test
    void hoos12IsOfferedInHipPainWhenNotSubmitted() {
        assertThat(Presentations.patient(64, Sex.FEMALE).yes("pain.groin").assess().hasNextStep("next.hoos12-measure")).isTrue();
        assertThat(Presentations.patient(64, Sex.FEMALE).yes("pain.low-back").assess().hasNextStep("next.hoos12-measure")).isFalse();
    }

    @Test
    void hoos12NeedsTwelveItemsOfZeroToFour() {
        var wrongSize = new AssessmentInput(64, Sex.FEMALE, List.of(), new Questionnaires(null, null, null, Collections.nCopies(11, 1)));
        assertThat(ClinicalModel.standard().validate(wrongSize)).extracting(v -> v.path(), v -> v.kind())
                .containsExactly(tuple("questionnaires.hoos12", Kind.WRONG_SIZE));
        var outOfRange = new AssessmentInput(64, Sex.FEMALE, List.of(), new Questionnaires(null, null, null,
                hoos(1, 1, 1, 1, 1, 5, 1, 1, 1, 1, -1, null)));
        assertThat(ClinicalModel.standard().validate(outOfRange)).extracting(v -> v.path(), v -> v.kind())
                .containsExactly(tuple("questionnaires.hoos12[5]", Kind.OUT_OF_RANGE), tuple("questionnaires.hoos12[10]", Kind.OUT_OF_RANGE));
    }
}
