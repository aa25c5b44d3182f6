package health.hipspine.model;

import health.hipspine.model.progress.ChangeInterpretation;
import health.hipspine.model.progress.ChangeJudgement;
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
    void nprsNeedsTwoPoints() {
        assertThat(mic.judge(Measure.NPRS, 7, 5).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.IMPROVED);
        assertThat(mic.judge(Measure.NPRS, 7, 6).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.NO_IMPORTANT_CHANGE);
        assertThat(mic.judge(Measure.NPRS, 3, 5).orElseThrow().interpretation()).isEqualTo(ChangeInterpretation.WORSENED);
        assertThat(mic.source(Measure.NPRS)).contains("Childs 2005").contains("Ostelo 2008");
    }

    @Test
    void startBackHasNoDocumentedMicAndIsNeverJudged() {
        assertThat(mic.threshold(Measure.STARTBACK)).isEmpty();
        assertThat(mic.judge(Measure.STARTBACK, 7, 2)).isEmpty();
        assertThat(mic.noMicNote(Measure.STARTBACK)).contains("no minimal clinically important difference");
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
