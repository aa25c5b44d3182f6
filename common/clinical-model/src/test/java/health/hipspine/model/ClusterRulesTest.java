package health.hipspine.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static health.hipspine.model.Presentations.patient;
import static health.hipspine.model.differential.DifferentialCategory.HIP_INTRA_ARTICULAR;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_RADICULAR;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_STENOSIS;
import static health.hipspine.model.differential.DifferentialCategory.SACROILIAC;
import static org.assertj.core.api.Assertions.assertThat;

/** A cluster is one node: its LR depends on how many items are positive, and unrecorded items are never guessed. */
class ClusterRulesTest {

    private static List<Double> lrs(ModelResult r, health.hipspine.model.differential.DifferentialCategory c) {
        return r.entry(c).contributions().stream().map(ModelResult.Contribution::likelihoodRatio).toList();
    }

    @Test
    void sutliveUsesTheCountOfPositiveItemsAndInternalRotationAtMost25Degrees() {
        ModelResult three = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour", "test.hip-extension-pain")
                .no("test.hip-flexion-lateral-pain").value("rom.hip.internal-rotation", 26).assess();
        ModelResult four = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour", "test.hip-extension-pain")
                .no("test.hip-flexion-lateral-pain").value("rom.hip.internal-rotation", 25).assess();
        ModelResult five = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour", "test.hip-extension-pain",
                "test.hip-flexion-lateral-pain").value("rom.hip.internal-rotation", 10).assess();
        ModelResult two = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour")
                .no("test.hip-extension-pain", "test.hip-flexion-lateral-pain").value("rom.hip.internal-rotation", 40).assess();

        // ">=3 of 5" is cumulative: exactly 3 has no published LR of its own (interval LR ~1.9 is display only)
        assertThat(lrs(three, HIP_INTRA_ARTICULAR)).isEmpty();
        assertThat(three.hasWarning("warning.cluster-no-verdict")).isTrue();
        assertThat(lrs(four, HIP_INTRA_ARTICULAR)).containsExactly(24.3);
        assertThat(lrs(five, HIP_INTRA_ARTICULAR)).as("the 5-of-5 row (7.3) would lower it").containsExactly(24.3);
        assertThat(lrs(two, HIP_INTRA_ARTICULAR)).containsExactly(0.33);
    }

    @Test
    void anIncompleteClusterThatCouldGoEitherWayIsNotAppliedAndSaysWhatIsMissing() {
        ModelResult r = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour").no("test.hip-extension-pain").assess();

        assertThat(r.entry(HIP_INTRA_ARTICULAR).contributions()).isEmpty();
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("warning.cluster-incomplete")).singleElement()
                .extracting(ModelResult.Warning::text).asString()
                .contains("Sutlive").contains("2 of 5").contains("Passive internal rotation").contains("not applied");
        assertThat(r.nextSteps()).filteredOn(s -> s.code().equals("next.complete-cluster")).singleElement()
                .satisfies(s -> assertThat(s.source()).isEqualTo("Sutlive 2008"));
    }

    @Test
    void recordedPositivesAloneCanMeetAThresholdWhateverTheUnrecordedItems() {
        ModelResult r = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour", "test.hip-extension-pain",
                "test.hip-flexion-lateral-pain").assess();
        assertThat(lrs(r, HIP_INTRA_ARTICULAR)).containsExactly(24.3);
        assertThat(r.entry(HIP_INTRA_ARTICULAR).contributions().get(0).evidenceNote()).contains("1 not recorded");
        // three positive with two unrecorded could still reach four: no verdict yet
        ModelResult three = patient(60, Sex.MALE).yes("aggravated.squatting", "test.scour", "test.hip-extension-pain").assess();
        assertThat(lrs(three, HIP_INTRA_ARTICULAR)).isEmpty();
        assertThat(three.hasWarning("warning.cluster-incomplete")).isTrue();
    }

    @Test
    void laslettRulesOutWhenTooFewTestsRemainToReachThree() {
        // the best four negative, Gaenslen not done: at most 2 of 6 could be positive -> -LR 0.08
        ModelResult r = patient(40, Sex.FEMALE).yes("pain.low-back").no("test.sij-distraction", "test.sij-thigh-thrust", "test.sij-compression",
                "test.sij-sacral-thrust").assess();
        assertThat(lrs(r, SACROILIAC)).containsExactly(0.08);
    }

    @Test
    void laslettCountsGaenslenOnEachSide() {
        ModelResult bilateral = patient(40, Sex.FEMALE).yes("pain.low-back", "test.sij-distraction")
                .no("test.sij-thigh-thrust", "test.sij-compression", "test.sij-sacral-thrust")
                .sided("test.sij-gaenslen", true, Side.BILATERAL).assess();
        ModelResult leftOnly = patient(40, Sex.FEMALE).yes("pain.low-back", "test.sij-distraction")
                .no("test.sij-thigh-thrust", "test.sij-compression", "test.sij-sacral-thrust")
                .sided("test.sij-gaenslen", true, Side.LEFT).assess();

        assertThat(lrs(bilateral, SACROILIAC)).as("3 of 6 positive").containsExactly(4.3);
        assertThat(lrs(leftOnly, SACROILIAC)).as("2 positive, right Gaenslen unrecorded").isEmpty();
        assertThat(leftOnly.hasWarning("warning.cluster-incomplete")).isTrue();
    }

    @Test
    void cookWithOneToThreeItemsGivesNoVerdictSoSuriAgeBandApplies() {
        ModelResult r = patient(75, Sex.MALE).yes("pain.low-back", "pain.bilateral-legs")
                .no("pain.leg-dominant", "aggravated.walking-standing", "relieved.sitting").assess();
        // 2 of 5 (bilateral + age >48): Cook publishes no LR, so Suri's age >70 (LR 2.0) is used instead
        assertThat(r.entry(LUMBAR_STENOSIS).contributions()).extracting(ModelResult.Contribution::findingCode,
                ModelResult.Contribution::likelihoodRatio).containsExactly(org.assertj.core.groups.Tuple.tuple("age", 2.0));
        assertThat(r.hasWarning("warning.cluster-no-verdict")).isTrue();
    }

    @Test
    void cookFailingAllFiveRulesOutAndAgeIsNotCountedTwice() {
        ModelResult r = patient(40, Sex.MALE).yes("pain.low-back").no("pain.bilateral-legs", "pain.leg-dominant",
                "aggravated.walking-standing", "relieved.sitting").assess();
        assertThat(r.entry(LUMBAR_STENOSIS).contributions()).extracting(ModelResult.Contribution::findingCode,
                ModelResult.Contribution::likelihoodRatio).containsExactly(org.assertj.core.groups.Tuple.tuple("cluster.cook-lss", 0.19));
    }

    @Test
    void aNegativeFindingAppliesItsNegativeLikelihoodRatioOnlyWhereOneIsPublished() {
        ModelResult r = patient(65, Sex.MALE).yes("pain.low-back").no("test.slump", "relieved.bending-forward", "gait.wide-based").assess();
        assertThat(lrs(r, LUMBAR_RADICULAR)).containsExactly(0.19);
        assertThat(r.entry(LUMBAR_STENOSIS).contributions()).as("Suri gives only +LRs for these").isEmpty();
    }

    @Test
    void everyContributionCarriesItsSourceStatusAndNote() {
        ModelResult r = patient(71, Sex.MALE).yes("aggravated.squatting", "test.scour", "test.hip-extension-pain",
                "pain.groin", "test.slump", "test.single-leg-stance-30s", "gait.wide-based", "pain.low-back").assess();
        assertThat(r.differential()).flatExtracting(ModelResult.DifferentialEntry::contributions).isNotEmpty()
                .allSatisfy(c -> {
                    assertThat(c.source()).isNotBlank();
                    assertThat(c.evidenceStatus()).isIn("V", "S", "C");
                    assertThat(c.evidenceNote()).isNotBlank();
                    assertThat(c.direction().name()).isEqualTo(c.likelihoodRatio() > 1 ? "INCREASES" : "DECREASES");
                });
    }
}
