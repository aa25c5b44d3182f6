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
 * Textbook presentations with reasoned expectations. Priors are published prevalences by presentation
 * (e.g. Birrell 2000: 44% for new hip pain at 40 or over) and the even-odds convention only where nothing is
 * published; correlated findings count once (the strongest).
 */
class TextbookPresentationsTest {

    private static DifferentialCategory leader(ModelResult r) {
        return r.differential().get(0).category();
    }

    @Test
    void hipOsteoarthritisLeadsWithFourSutliveItemsAndGroinPain() {
        // Birrell 2000 prior 44% (hip pain, age >= 40); Sutlive >=4 of 5 (+LR 24.3) and groin pain are one node:
        // odds 0.79 x 24.3 -> about 95%
        ModelResult r = patient(66, Sex.FEMALE)
                .yes("pain.groin", "aggravated.squatting", "test.hip-flexion-lateral-pain", "test.scour",
                        "test.hip-extension-pain", "difficulty-socks-shoes")
                .value("rom.hip.internal-rotation", 15).value("morning-stiffness-minutes", 30)
                .no("test.slr", "test.slump").assess();

        assertThat(leader(r)).isEqualTo(HIP_INTRA_ARTICULAR);
        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isBetween(0.93, 0.97);
        assertThat(r.entry(HIP_INTRA_ARTICULAR).contributions()).extracting(ModelResult.Contribution::findingCode)
                .containsExactly("cluster.sutlive-hip-oa");
        // no back or leg symptoms: the lumbar evidence (negative SLR and slump) is outside its population
        assertThat(r.entry(LUMBAR_RADICULAR).contributions()).isEmpty();
        assertThat(r.hasWarning("warning.out-of-population")).isTrue();
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.recommendedConditionCodes()).contains("hip-osteoarthritis").doesNotContain("hip-spine-syndrome");
        assertThat(r.hipSpineSyndrome().suspected()).isFalse();
        assertThat(r.hasNextStep("next.no-routine-imaging")).isTrue();
        assertThat(r.hasWarning("warning.correlated-group")).as("groin pain not multiplied with Sutlive").isTrue();
        assertThat(r.leadingCategory()).isEqualTo(HIP_INTRA_ARTICULAR);
    }

    @Test
    void lumbarRadiculopathyLeadsOnTheStrongestNerveTensionTest() {
        // ATLAS prior 74.2% (back and leg pain); SLR, slump and crossed SLR are one node: slump 4.9 -> about 93%
        ModelResult r = patient(42, Sex.MALE)
                .yes("pain.low-back", "pain.below-knee", "pain.radiating-electric", "pain.unilateral", "aggravated.sitting",
                        "test.slr", "test.slump", "test.crossed-slr")
                .assess();

        assertThat(leader(r)).isEqualTo(LUMBAR_RADICULAR);
        assertThat(r.entry(LUMBAR_RADICULAR).probability()).isBetween(0.9, 0.96);
        assertThat(r.entry(LUMBAR_RADICULAR).contributions()).extracting(ModelResult.Contribution::findingCode)
                .containsExactly("test.slump");
        assertThat(r.hasWarning("warning.conflicting-sources")).as("Majlesi 2008 Sp conflict").isTrue();
        assertThat(r.hasWarning("warning.independence-assumed")).isFalse();
        assertThat(r.hasWarning("warning.correlated-group")).isTrue();
        assertThat(r.recommendedConditionCodes()).containsExactly("lumbar-disc-herniation-radiculopathy");
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
    }

    @Test
    void spinalStenosisLeadsAndCorrelatedSignsAndAgeAreNeverCountedTwice() {
        // DISTO prior 30.4%; Cook >=4 of 5, bending forward and wide-based gait are one node (13); Cook was left
        // out, so Suri's age >70 (2.0) counts on its own: odds 0.44 x 26 -> about 92%
        ModelResult r = patient(74, Sex.MALE)
                .yes("pain.bilateral-legs", "pain.leg-dominant", "aggravated.walking-standing", "relieved.sitting",
                        "relieved.bending-forward", "gait.wide-based", "pain.low-back")
                .assess();

        assertThat(leader(r)).isEqualTo(LUMBAR_STENOSIS);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).isBetween(0.88, 0.95);
        assertThat(r.entry(LUMBAR_STENOSIS).contributions()).extracting(ModelResult.Contribution::findingCode)
                .containsExactlyInAnyOrder("gait.wide-based", "age");
        // when Cook itself is applied, age is one of its items, so Suri's age band stays silent
        ModelResult cookOnly = patient(74, Sex.MALE).yes("pain.bilateral-legs", "pain.leg-dominant",
                "aggravated.walking-standing", "relieved.sitting", "pain.low-back").assess();
        assertThat(cookOnly.entry(LUMBAR_STENOSIS).contributions()).extracting(ModelResult.Contribution::findingCode)
                .containsExactly("cluster.cook-lss");
        // bilateral leg pain is a CES screening question: listed, but does not escalate on its own
        assertThat(r.triage().level()).isEqualTo(TriageLevel.ROUTINE);
        assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code).contains("triage.bilateral-leg-symptoms")
                .as("no radicular sign: bilateral neurogenic claudication is a screening question, not bilateral sciatica")
                .doesNotContain("triage.ces-bilateral-sciatica");
    }

    @Test
    void sacroiliacPainLeadsOnceThreeProvocationTestsArePositive() {
        // Laslett >=3 of 6: +LR 4.3 -> 81%; the remaining tests may stay untested (stop rule)
        ModelResult r = patient(38, Sex.FEMALE)
                .yes("pain.buttock", "pain.low-back", "test.sij-distraction", "test.sij-thigh-thrust", "test.sij-compression")
                .no("test.slr")
                .assess();

        assertThat(leader(r)).isEqualTo(SACROILIAC);
        // Cohen 2013 prior 15% (lower bound) x Laslett >=3 of 6 (4.3) -> about 43%: leads, but not "likely"
        assertThat(r.entry(SACROILIAC).probability()).isCloseTo(0.431, org.assertj.core.data.Offset.offset(0.01));
        assertThat(r.hasWarning("warning.cluster-incomplete")).isFalse();
        assertThat(r.recommendedConditionCodes()).containsExactly("sacroiliac-joint-pain");
    }

    @Test
    void greaterTrochantericPainSyndromeLeadsWithCorrectedAndShrunkLikelihoodRatios() {
        // SLS (Grimaldi, continuity-corrected 12.2) and de-rotation (Lequesne) load the same tendons: one node, 12.2;
        // no published prevalence for lateral hip pain, so even odds (convention) -> about 92%
        ModelResult r = patient(56, Sex.FEMALE)
                .yes("pain.lateral-hip", "test.trochanter-tenderness", "test.single-leg-stance-30s",
                        "test.resisted-external-derotation", "aggravated.stairs")
                .assess();

        assertThat(leader(r)).isEqualTo(HIP_LATERAL);
        assertThat(r.entry(HIP_LATERAL).probability()).isBetween(0.9, 0.95);
        assertThat(r.entry(HIP_LATERAL).contributions())
                .extracting(ModelResult.Contribution::findingCode, ModelResult.Contribution::likelihoodRatio)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test.single-leg-stance-30s", 12.2));
        assertThat(r.hasWarning("warning.continuity-corrected")).isTrue();
        assertThat(r.hasWarning("warning.correlated-group")).isTrue();
        assertThat(r.hasWarning("warning.prior-convention")).isTrue();
        // palpation numbers are U in the evidence file: recorded, shown as not scored
        assertThat(r.warnings()).filteredOn(w -> w.code().equals("warning.not-scored"))
                .singleElement().extracting(ModelResult.Warning::text).asString().contains("Greater trochanter tenderness");
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
        // back pain and groin pain; Sutlive 4 of 5 on the right hip (24.3 on Birrell's 44% -> 95%) and neurogenic
        // claudication with a wide-based gait (13, and age >70 2.0, on DISTO's 30.4% -> 92%): both likely on findings
        ModelResult r = patient(71, Sex.MALE).yes("pain.low-back", "pain.groin", "aggravated.squatting")
                .sided("test.scour", true, Side.RIGHT).sided("test.hip-extension-pain", true, Side.RIGHT)
                .sided("test.hip-flexion-lateral-pain", false, Side.RIGHT).sided("rom.hip.internal-rotation", 20, Side.RIGHT)
                .yes("pain.bilateral-legs", "aggravated.walking-standing", "relieved.sitting", "gait.wide-based")
                .no("pain.leg-dominant")
                .assess();

        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isBetween(0.93, 0.97);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).isBetween(0.88, 0.95);
        assertThat(r.hipSpineSyndrome().suspected()).isTrue();
        assertThat(r.hipSpineSyndrome().rationale()).contains("Parvizi").doesNotContain("{");
        assertThat(r.recommendedConditionCodes())
                .contains("hip-osteoarthritis", "lumbar-spinal-stenosis", "hip-spine-syndrome");
        assertThat(r.nextSteps()).filteredOn(s -> s.code().equals("next.diagnostic-hip-injection"))
                .singleElement().satisfies(s -> {
                    assertThat(s.source()).contains("Maldonado 2020").contains("J Arthroplasty 2014");
                    assertThat(s.text()).contains("high-risk-of-bias");
                });
    }

    @Test
    void aPositiveDiagnosticInjectionSettlesTheHipAndIsNotSuggestedAgain() {
        ModelResult r = patient(71, Sex.MALE).yes("pain.low-back", "pain.groin", "aggravated.squatting")
                .sided("test.scour", true, Side.RIGHT).sided("test.hip-extension-pain", true, Side.RIGHT)
                .sided("test.hip-flexion-lateral-pain", false, Side.RIGHT).sided("rom.hip.internal-rotation", 20, Side.RIGHT)
                .yes("pain.bilateral-legs", "aggravated.walking-standing", "relieved.sitting", "gait.wide-based")
                .no("pain.leg-dominant").sided("injection.hip-intra-articular-relief", true, Side.RIGHT)
                .assess();

        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isGreaterThan(0.98);
        assertThat(r.hasNextStep("next.diagnostic-hip-injection")).isFalse();
        assertThat(r.hasWarning("warning.high-risk-of-bias")).isTrue();
    }

    @Test
    void nonSpecificLowBackPainLeadsOnlyByExclusion() {
        // every specific source examined and negative; non-specific is the residual, so it rises (never a fixed 50%)
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
        assertThat(r.leadingCategory()).isEqualTo(LUMBAR_NONSPECIFIC);
        assertThat(r.entry(LUMBAR_NONSPECIFIC).probability()).isGreaterThan(0.7)
                .isGreaterThan(r.entry(LUMBAR_NONSPECIFIC).preTestProbability());
        assertThat(r.differential().subList(1, 6)).allSatisfy(e -> assertThat(e.probability()).isLessThan(0.5));
        assertThat(r.entry(SACROILIAC).probability()).as("Laslett -LR 0.08").isLessThan(0.1);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).as("Cook: failing all 5 (-LR 0.19)").isLessThan(0.2);
        assertThat(r.recommendedConditionCodes()).containsExactly("lumbar-facet-joint-pain", "lumbar-muscle-strain",
                "anterior-pelvic-tilt");
        assertThat(r.hasWarning("warning.nonspecific-by-exclusion")).isTrue();
    }

    @Test
    void withNoFindingsNothingStandsOutAndThePriorIsFlaggedAsAConvention() {
        // age 65: Suri 2010 publishes no LR for 60-70, so nothing at all bears on any category
        ModelResult r = patient(65, Sex.UNKNOWN).assess();

        assertThat(r.differential()).hasSize(6)
                .allSatisfy(e -> assertThat(e.probability()).isEqualTo(e.preTestProbability()));
        assertThat(r.differential()).filteredOn(e -> e.category() != LUMBAR_NONSPECIFIC)
                .allSatisfy(e -> assertThat(e.preTestSource()).containsIgnoringCase("convention"));
        assertThat(r.entry(LUMBAR_NONSPECIFIC).preTestSource()).startsWith("Residual");
        assertThat(r.leadingCategory()).as("no finding raised anything and no back pain: no clear source").isNull();
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

    @Test
    void workedExampleInTheDocs() {
        // docs/clinical-model.md, "Worked example": every number there is checked here
        ModelResult r = patient(71, Sex.MALE).yes("pain.low-back", "pain.groin", "aggravated.squatting")
                .sided("test.scour", true, Side.RIGHT).sided("test.hip-extension-pain", true, Side.RIGHT)
                .sided("test.hip-flexion-lateral-pain", false, Side.RIGHT).sided("rom.hip.internal-rotation", 20, Side.RIGHT)
                .yes("pain.bilateral-legs", "aggravated.walking-standing", "relieved.sitting", "gait.wide-based").assess();
        assertThat(r.entry(HIP_INTRA_ARTICULAR).preTestProbability()).isEqualTo(0.44);
        assertThat(r.entry(HIP_INTRA_ARTICULAR).probability()).isEqualTo(0.95);
        assertThat(r.entry(LUMBAR_STENOSIS).preTestProbability()).isEqualTo(0.304);
        assertThat(r.entry(LUMBAR_STENOSIS).probability()).isEqualTo(0.919);
        assertThat(r.entry(LUMBAR_RADICULAR).probability()).isEqualTo(0.742);
        assertThat(r.entry(SACROILIAC).probability()).isEqualTo(0.15);
        assertThat(r.entry(LUMBAR_NONSPECIFIC).probability()).isEqualTo(0.018);
        assertThat(r.leadingCategory()).isEqualTo(HIP_INTRA_ARTICULAR);
        assertThat(r.hipSpineSyndrome().suspected()).isTrue();
        assertThat(r.hasNextStep("next.diagnostic-hip-injection")).isTrue();
        assertThat(r.recommendedConditionCodes()).containsExactly("hip-osteoarthritis", "lumbar-spinal-stenosis", "hip-spine-syndrome");
    }
}
