package health.hipspine.model;

import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.triage.ActionLevel;
import health.hipspine.model.triage.TriageLevel;
import org.junit.jupiter.api.Test;

import static health.hipspine.model.Presentations.patient;
import static health.hipspine.model.differential.DifferentialCategory.HIP_INTRA_ARTICULAR;
import static health.hipspine.model.differential.DifferentialCategory.HIP_LATERAL;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_NONSPECIFIC;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_RADICULAR;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_STENOSIS;
import static health.hipspine.model.differential.DifferentialCategory.SACROILIAC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Textbook presentations with reasoned expectations. Priors are even odds (a labelled convention), so a
 * probability reads as "what these findings imply": e.g. one LR of 5 gives 5/6 = 83%.
 */
class TextbookPresentationsTest {

    private static DifferentialCategory leader(ModelResult r) {
        return r.differential().get(0).category();
    }

    @Test
    void hipOsteoarthritisLeadsWithFourSutliveItemsAndGroinPain() {
        // Sutlive >=4 of 5 (+LR 24.3) and groin pain (Khan, +LR 2.8): odds 68 -> about 98%
        ModelResult r = patient(66, Sex.FEMALE)
                .yes("pain.groin", "aggravated.squatting", "test.hip-flexion-lateral-pain", "test.scour",
                        "test.hip-extension-pain", "difficulty-socks-shoes")
                .value("rom.hip.internal-rotation", 15).value("morning-stiffness-minutes", 30)
                .no("test.slr", "test.slump").assess();

        assertThat(leader(r)).isEqualTo(HIP_INTRA_ARTICULAR);
        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isBetween(0.95, 0.99);
        assertThat(r.entry(HIP_INTRA_ARTICULAR).contributions()).extracting(ModelResult.Contribution::findingCode)
                .containsExactly("cluster.sutlive-hip-oa", "pain.groin");
        // negative neural tests make a radicular source less likely
        assertThat(r.entry(LUMBAR_RADICULAR).probability()).isLessThan(0.2);
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.recommendedConditionCodes()).contains("hip-osteoarthritis").doesNotContain("hip-spine-syndrome");
        assertThat(r.hipSpineSyndrome().suspected()).isFalse();
        assertThat(r.hasNextStep("next.no-routine-imaging")).isTrue();
        assertThat(r.hasWarning("warning.case-control")).as("Khan 2004 is a case-control comparison").isTrue();
    }

    @Test
    void lumbarRadiculopathyLeadsOnSlumpAndSlrButCrossedSlrIsNotScored() {
        // Capra SLR +LR 1.38 x Majlesi slump +LR 4.9: odds 6.8 -> about 87%
        ModelResult r = patient(42, Sex.MALE)
                .yes("pain.low-back", "pain.below-knee", "pain.radiating-electric", "pain.unilateral", "aggravated.sitting",
                        "test.slr", "test.slump", "test.crossed-slr")
                .assess();

        assertThat(leader(r)).isEqualTo(LUMBAR_RADICULAR);
        assertThat(r.entry(LUMBAR_RADICULAR).probability()).isBetween(0.8, 0.92);
        assertThat(r.hasWarning("warning.conflicting-sources")).as("Majlesi 2008 Sp conflict").isTrue();
        assertThat(r.hasWarning("warning.independence-assumed")).isTrue();
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("warning.not-scored"))
                .singleElement().extracting(ModelResult.Warning::text).asString().contains("test.crossed-slr");
        assertThat(r.recommendedConditionCodes()).containsExactly("lumbar-disc-herniation-radiculopathy");
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
    }

    @Test
    void spinalStenosisLeadsAndTheCookItemsAreNotCountedAgainThroughSuri() {
        // Cook >=4 of 5 (4.6) x bending forward (6.4) x wide-based gait (13): well above 95%
        ModelResult r = patient(74, Sex.MALE)
                .yes("pain.bilateral-legs", "pain.leg-dominant", "aggravated.walking-standing", "relieved.sitting",
                        "relieved.bending-forward", "gait.wide-based", "pain.low-back")
                .assess();

        assertThat(leader(r)).isEqualTo(LUMBAR_STENOSIS);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).isGreaterThan(0.95);
        assertThat(r.entry(LUMBAR_STENOSIS).contributions()).extracting(ModelResult.Contribution::findingCode)
                .containsExactlyInAnyOrder("cluster.cook-lss", "relieved.bending-forward", "gait.wide-based")
                .as("age is a Cook item, so Suri's age band stays silent").doesNotContain("age");
        // bilateral leg pain is a CES screening question: listed, but does not escalate on its own
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code).contains("triage.ces-bilateral-sciatica");
    }

    @Test
    void sacroiliacPainLeadsOnceThreeProvocationTestsArePositive() {
        // Laslett >=3 of 6: +LR 4.3 -> 81%; the remaining tests may stay untested (stop rule)
        ModelResult r = patient(38, Sex.FEMALE)
                .yes("pain.buttock", "pain.low-back", "test.sij-distraction", "test.sij-thigh-thrust", "test.sij-compression")
                .no("test.slr")
                .assess();

        assertThat(leader(r)).isEqualTo(SACROILIAC);
        assertThat(r.entry(SACROILIAC).probability()).isCloseTo(0.811, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.hasWarning("warning.cluster-incomplete")).isFalse();
        assertThat(r.recommendedConditionCodes()).containsExactly("sacroiliac-joint-pain");
    }

    @Test
    void greaterTrochantericPainSyndromeLeadsWithCorrectedAndShrunkLikelihoodRatios() {
        // SLS (Grimaldi, continuity-corrected 12.2) x de-rotation (Lequesne 33 shrunk to 5.74): about 98%
        ModelResult r = patient(56, Sex.FEMALE)
                .yes("pain.lateral-hip", "test.trochanter-tenderness", "test.single-leg-stance-30s",
                        "test.resisted-external-derotation", "aggravated.stairs")
                .assess();

        assertThat(leader(r)).isEqualTo(HIP_LATERAL);
        assertThat(r.entry(HIP_LATERAL).probability()).isBetween(0.95, 0.99);
        assertThat(r.entry(HIP_LATERAL).contributions())
                .extracting(ModelResult.Contribution::findingCode, ModelResult.Contribution::likelihoodRatio)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test.single-leg-stance-30s", 12.2),
                        org.assertj.core.groups.Tuple.tuple("test.resisted-external-derotation", 5.74));
        assertThat(r.hasWarning("warning.continuity-corrected")).isTrue();
        assertThat(r.hasWarning("warning.shrunk")).isTrue();
        assertThat(r.hasWarning("warning.case-control")).isTrue();
        // palpation numbers are U in the evidence file: recorded, shown as not scored
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("warning.not-scored"))
                .singleElement().extracting(ModelResult.Warning::text).asString().contains("test.trochanter-tenderness");
        assertThat(r.recommendedConditionCodes()).containsExactly("greater-trochanteric-pain-syndrome");
    }

    @Test
    void caudaEquinaIsAnEmergencyWhateverTheDifferentialSays() {
        ModelResult r = patient(45, Sex.MALE)
                .yes("redflag.saddle-anaesthesia", "redflag.urinary-retention", "pain.bilateral-legs", "test.slr", "test.slump")
                .assess();

        assertThat(r.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
        assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code)
                .startsWith("redflag.saddle-anaesthesia", "redflag.urinary-retention");
        assertThat(r.triage().reasons().get(0).conditionCodes()).containsExactly("cauda-equina-syndrome");
        assertThat(r.triage().reasons().get(0).source()).contains("NICE CKS Sciatica 2018").contains("SBNS/BASS 2018");
        assertThat(r.nextSteps().get(0).code()).isEqualTo("next.emergency-referral");
        assertThat(r.nextSteps().get(0).text()).contains("4 hours");
        assertThat(r.recommendedConditionCodes()).as("no exercise plan before hospital assessment").isEmpty();
        assertThat(r.hasWarning("warning.exercise-deferred")).isTrue();
        assertThat(r.hasNextStep("next.no-routine-imaging")).isFalse();
        // red flags never enter the differential
        assertThat(r.differential()).flatExtracting(ModelResult.DifferentialEntry::contributions)
                .extracting(ModelResult.Contribution::findingCode).noneMatch(c -> c.startsWith("redflag."));
    }

    @Test
    void historyOfCancerIsUrgentAndNightPainAloneOnlyMonitored() {
        ModelResult r = patient(68, Sex.FEMALE)
                .yes("redflag.history-of-cancer", "redflag.night-pain", "pain.low-back")
                .assess();

        assertThat(r.triage().level()).isEqualTo(TriageLevel.URGENT);
        assertThat(r.triage().reasons().get(0).code()).isEqualTo("redflag.history-of-cancer");
        assertThat(r.triage().reasons()).filteredOn(t -> t.code().equals("redflag.night-pain"))
                .singleElement().satisfies(t -> assertThat(t.actionLevel()).isEqualTo(ActionLevel.MONITOR));
        assertThat(r.nextSteps().get(0).code()).isEqualTo("next.urgent-referral");
        assertThat(r.hasNextStep("next.no-routine-imaging")).as("imaging is justified when malignancy is suspected").isFalse();
        assertThat(r.hasWarning("warning.urgent-confirm")).isTrue();
    }

    @Test
    void hipSpineSyndromeIsSuspectedWhenHipAndStenosisAreBothLikelyAndAnInjectionIsSuggestedWhileTheyStayClose() {
        // Sutlive exactly 3 of 5 (5.2 -> 84%) and Cook >=4 of 5 (4.6 -> 82%): both likely, 2 points apart
        ModelResult r = patient(71, Sex.MALE)
                .yes("aggravated.squatting", "test.scour", "test.hip-extension-pain")
                .no("test.hip-flexion-lateral-pain").value("rom.hip.internal-rotation", 35)
                .yes("pain.bilateral-legs", "aggravated.walking-standing", "relieved.sitting").no("pain.leg-dominant")
                .assess();

        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isBetween(0.8, 0.87);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).isBetween(0.78, 0.85);
        assertThat(r.hipSpineSyndrome().suspected()).isTrue();
        assertThat(r.hipSpineSyndrome().rationale()).contains("Parvizi").doesNotContain("{");
        assertThat(r.recommendedConditionCodes())
                .contains("hip-osteoarthritis", "lumbar-spinal-stenosis", "hip-spine-syndrome");
        assertThat(r.nextSteps()).filteredOn(s -> s.code().equals("next.diagnostic-hip-injection"))
                .singleElement().satisfies(s -> {
                    assertThat(s.source()).contains("Maldonado 2020");
                    assertThat(s.text()).contains("high-risk-of-bias");
                });
    }

    @Test
    void aPositiveDiagnosticInjectionSettlesTheHipAndIsNotSuggestedAgain() {
        ModelResult r = patient(71, Sex.MALE)
                .yes("aggravated.squatting", "test.scour", "test.hip-extension-pain")
                .no("test.hip-flexion-lateral-pain").value("rom.hip.internal-rotation", 35)
                .yes("pain.bilateral-legs", "aggravated.walking-standing", "relieved.sitting").no("pain.leg-dominant")
                .yes("injection.hip-intra-articular-relief")
                .assess();

        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isGreaterThan(0.98);
        assertThat(r.hasNextStep("next.diagnostic-hip-injection")).isFalse();
        assertThat(r.hasWarning("warning.high-risk-of-bias")).isTrue();
    }

    @Test
    void nonSpecificLowBackPainLeadsOnlyByExclusion() {
        // every specific source examined and negative; non-specific has no LR and stays at its prior
        ModelResult r = patient(35, Sex.MALE)
                .yes("pain.low-back", "aggravated.lumbar-extension")
                .no("test.slr", "test.slump", "pain.bilateral-legs", "pain.leg-dominant", "aggravated.walking-standing",
                        "relieved.sitting", "pain.groin", "aggravated.squatting", "test.hip-flexion-lateral-pain",
                        "test.scour", "test.hip-extension-pain", "test.sij-distraction", "test.sij-thigh-thrust",
                        "test.sij-compression", "test.sij-sacral-thrust", "test.single-leg-stance-30s",
                        "test.resisted-external-derotation")
                .sided("test.sij-gaenslen", false, Side.BILATERAL)
                .value("rom.hip.internal-rotation", 40)
                .assess();

        assertThat(leader(r)).isEqualTo(LUMBAR_NONSPECIFIC);
        assertThat(r.entry(LUMBAR_NONSPECIFIC).probability()).isEqualTo(0.5);
        assertThat(r.differential().subList(1, 6)).allSatisfy(e -> assertThat(e.probability()).isLessThan(0.5));
        assertThat(r.entry(SACROILIAC).probability()).as("Laslett -LR 0.08").isLessThan(0.1);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).as("Cook: failing all 5 (-LR 0.19)").isLessThan(0.2);
        assertThat(r.recommendedConditionCodes()).containsExactly("lumbar-facet-joint-pain", "lumbar-muscle-strain");
        assertThat(r.hasWarning("warning.nonspecific-by-exclusion")).isTrue();
    }

    @Test
    void withNoFindingsNothingStandsOutAndThePriorIsFlaggedAsAConvention() {
        // age 65: Suri 2010 publishes no LR for 60-70, so nothing at all bears on any category
        ModelResult r = patient(65, Sex.UNKNOWN).assess();

        assertThat(r.differential()).hasSize(6)
                .allSatisfy(e -> assertThat(e.probability()).isEqualTo(e.preTestProbability()));
        assertThat(r.differential()).allSatisfy(e -> assertThat(e.preTestSource()).containsIgnoringCase("convention"));
        assertThat(r.hasWarning("warning.prior-convention")).isTrue();
        assertThat(r.hasWarning("warning.no-clear-source")).isTrue();
        assertThat(r.recommendedConditionCodes()).isEmpty();
        assertThat(r.modelVersion()).isEqualTo("hipspine-model " + r.catalogueRelease());
    }

    @Test
    void spanishTextsAreReturnedWhenAskedFor() {
        ModelResult r = ClinicalModel.standard().assess(patient(45, Sex.MALE).yes("redflag.saddle-anaesthesia").input(), "es-ES");

        assertThat(r.language()).isEqualTo("es");
        assertThat(r.triage().reasons().get(0).text()).contains("cola de caballo");
        assertThat(r.warnings()).extracting(ModelResult.Warning::text).contains(
                ClinicalModel.standard().catalogue().message("warning.decision-support").text().in("es"));
    }
}
