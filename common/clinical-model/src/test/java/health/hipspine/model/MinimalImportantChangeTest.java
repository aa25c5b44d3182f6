package health.hipspine.model;

import health.hipspine.model.progress.ChangeInterpretation;
import health.hipspine.model.progress.ChangeJudgement;
import health.hipspine.model.progress.ChangeWithoutMic;
import health.hipspine.model.progress.MeasurementErrorJudgement;
import health.hipspine.model.progress.Measure;
import health.hipspine.model.progress.MinimalImportantChange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinimalImportantChangeTest {

    private final MinimalImportantChange mic = ClinicalModel.standard().minimalImportantChange();

    @Test
    void odiImprovesWhenItFallsByTenPointsOrMore() {
        assertThat(mic.judge(Measure.ODI, 42.0, 32.0)).get().satisfies(j -> {
            assertThat(j.interpretation()).isEqualTo(ChangeInterpretation.IMPROVED);
            assertThat(j.change()).isEqualTo(-10.0);
            assertThat(j.minimalImportantChange()).isEqualTo(10.0);
            assertThat(j.source()).isEqualTo("Ostelo 2008");
        });
        assertThat(mic.judge(Measure.ODI, 42.0, 33.0).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE);
        assertThat(mic.judge(Measure.ODI, 20.0, 31.1).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.WORSENED);
    }

    @Test
    void odiAlsoImprovesWhenItFallsByThirtyPercentOfTheBaseline() {
        // Ostelo 2008: 10 points or 30%; from 20, 6 points is 30%
        assertThat(mic.judge(Measure.ODI, 20.0, 14.0)).get().satisfies(j -> {
            assertThat(j.interpretation()).isEqualTo(ChangeInterpretation.IMPROVED);
            assertThat(j.percentChange()).isEqualTo(-30.0);
            assertThat(j.minimalImportantPercent()).isEqualTo(30.0);
            assertThat(j.rule()).contains("10 points or 30%").contains("Ostelo 2008");
        });
        assertThat(mic.judge(Measure.ODI, 20.0, 15.0).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE);
        // a rise is judged on points only
        assertThat(mic.judge(Measure.ODI, 20.0, 26.0).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE);
    }

    @Test
    void nprsImprovesByThirtyPercentOfTheBaselineNotAFixedTwoPoints() {
        // Farrar 2001: the raw change that matters rises with the baseline; 30% does not
        assertThat(mic.judge(Measure.NPRS, 7, 5).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE); // 28.6%
        assertThat(mic.judge(Measure.NPRS, 7, 4).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.IMPROVED);           // 42.9%
        assertThat(mic.judge(Measure.NPRS, 10, 8).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE); // 20%
        assertThat(mic.judge(Measure.NPRS, 10, 7).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.IMPROVED);           // 30%
        assertThat(mic.judge(Measure.NPRS, 2, 1).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.IMPROVED);            // 50%
        assertThat(mic.judge(Measure.NPRS, 0, 0).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE);
        assertThat(mic.judge(Measure.NPRS, 0, 0).orElseThrow().percentChange()).isNull();
    }

    @Test
    void nprsWorsensByTheTwoPointMinimalDetectableChange() {
        assertThat(mic.judge(Measure.NPRS, 3, 5).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.WORSENED);
        assertThat(mic.judge(Measure.NPRS, 3, 4).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE);
        assertThat(mic.source(Measure.NPRS)).contains("Farrar 2001").contains("Childs 2005");
    }

    @Test
    void theNprsRuleNamesThePointsForThisBaselineAndTheGermanCohortBandAsS() {
        ChangeJudgement j = mic.judge(Measure.NPRS, 7, 4).orElseThrow();
        assertThat(j.minimalImportantChange()).isEqualTo(2.1);
        assertThat(j.minimalImportantPercent()).isEqualTo(30.0);
        assertThat(j.percentChange()).isEqualTo(-42.9);
        assertThat(j.rule()).contains("30% of the baseline, here 2.1 points").contains("Farrar 2001").contains("Salaffi 2004")
                .contains("baseline of 5-7 a change of about 2 points matters").contains("status S").contains("Childs 2005");
    }

    @Test
    void startBackHasNoDocumentedMicAndIsNeverJudged() {
        assertThat(mic.threshold(Measure.STARTBACK)).isEmpty();
        assertThat(mic.judge(Measure.STARTBACK, 7, 2)).isEmpty();
        assertThat(mic.noMicNote(Measure.STARTBACK)).contains("no minimal clinically important difference");
        assertThat(mic.withoutMic(Measure.STARTBACK, 7, 2).orElseThrow().interpretation()).isEqualTo(MeasurementErrorJudgement.NOT_JUDGED);
    }

    @Test
    void hoos12HasNoMicAndIsJudgedOnlyAgainstTheFullHoosIndividualMdcLabelledAsSuch() {
        assertThat(mic.judge(Measure.HOOS12_PAIN, 50, 80)).isEmpty();
        assertThat(mic.noMicNote(Measure.HOOS12_PAIN)).contains("No HOOS-12 minimal important change was found (status U)");
        ChangeWithoutMic pain = mic.withoutMic(Measure.HOOS12_PAIN, 50, 80).orElseThrow();
        assertThat(pain.interpretation()).isEqualTo(MeasurementErrorJudgement.BEYOND_MDC_BETTER);
        assertThat(pain.threshold()).isEqualTo(26.2);
        assertThat(pain.thresholdKind()).isEqualTo("MDC_INDIVIDUAL_FULL_HOOS");
        assertThat(pain.source()).contains("Gojło & Paradowski 2020").contains("full HOOS");
        assertThat(pain.note()).contains("not an important change");
        assertThat(mic.withoutMic(Measure.HOOS12_PAIN, 50, 75).orElseThrow().interpretation()).isEqualTo(MeasurementErrorJudgement.WITHIN_MDC);
        assertThat(mic.withoutMic(Measure.HOOS12_QOL, 60, 40).orElseThrow()).satisfies(q -> {
            assertThat(q.interpretation()).isEqualTo(MeasurementErrorJudgement.BEYOND_MDC_WORSE);
            assertThat(q.threshold()).isEqualTo(19.4);
        });
        for (Measure m : new Measure[]{Measure.HOOS12_FUNCTION, Measure.HOOS12_SUMMARY}) {
            ChangeWithoutMic c = mic.withoutMic(m, 20, 90).orElseThrow();
            assertThat(c.interpretation()).isEqualTo(MeasurementErrorJudgement.NOT_JUDGED);
            assertThat(c.threshold()).isNull();
            assertThat(c.change()).isEqualTo(70.0);
            assertThat(c.note()).contains("No published threshold");
        }
        assertThat(mic.withoutMic(Measure.ODI, 20, 10)).isEmpty();
    }

    @Test
    void comparingTwoResultsJudgesOdiAndNprs() {
        ModelResult before = Presentations.patient(50, Sex.MALE)
                .questionnaires(new Questionnaires(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), null, 8)).assess();
        ModelResult after = Presentations.patient(50, Sex.MALE)
                .questionnaires(new Questionnaires(List.of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), null, 7)).assess();
        assertThat(mic.compare(before, after)).extracting(ChangeJudgement::measure, ChangeJudgement::interpretation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Measure.ODI, ChangeInterpretation.IMPROVED),
                        org.assertj.core.groups.Tuple.tuple(Measure.NPRS, ChangeInterpretation.NO_IMPORTANT_CHANGE));
    }
}
