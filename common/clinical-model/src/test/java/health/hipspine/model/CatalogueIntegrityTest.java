package health.hipspine.model;

import health.hipspine.model.catalogue.AccuracyRow;
import health.hipspine.model.catalogue.CategoryDefinition;
import health.hipspine.model.catalogue.ClusterDefinition;
import health.hipspine.model.catalogue.ClusterItem;
import health.hipspine.model.catalogue.EvidenceCaution;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.LocalizedText;
import health.hipspine.model.catalogue.RedFlagRule;
import health.hipspine.model.catalogue.ValueType;
import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.triage.ActionLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueIntegrityTest {

    private final FindingCatalogue catalogue = ClinicalModel.standard().catalogue();

    /** The "Minimum finding codes" of issue 4, verbatim. */
    static final List<String> ISSUE_4_CODES = List.of(
            "pain.groin", "pain.lateral-hip", "pain.buttock", "pain.low-back", "pain.posterior-thigh", "pain.below-knee",
            "pain.bilateral-legs", "pain.unilateral", "pain.radiating-electric", "aggravated.squatting",
            "aggravated.walking-standing", "aggravated.sitting", "aggravated.lumbar-extension", "aggravated.stairs",
            "relieved.sitting", "relieved.bending-forward", "limp", "difficulty-socks-shoes", "morning-stiffness-minutes",
            "rom.hip.internal-rotation", "test.hip-flexion-lateral-pain", "test.hip-extension-pain", "test.scour",
            "test.fadir", "test.faber", "test.log-roll", "test.single-leg-stance-30s", "test.resisted-external-derotation",
            "test.trochanter-tenderness", "test.slr", "test.crossed-slr", "test.slump", "test.sij-distraction",
            "test.sij-thigh-thrust", "test.sij-compression", "test.sij-sacral-thrust", "test.sij-gaenslen",
            "gait.wide-based", "injection.hip-intra-articular-relief",
            "redflag.saddle-anaesthesia", "redflag.urinary-retention", "redflag.bowel-bladder-incontinence",
            "redflag.bilateral-neuro-deficit", "redflag.progressive-weakness", "redflag.history-of-cancer",
            "redflag.unexplained-weight-loss", "redflag.fever", "redflag.significant-trauma", "redflag.prolonged-steroids",
            "redflag.iv-drug-use-or-immunosuppression", "redflag.night-pain");

    static final Set<String> CONDITION_CODES = Set.of("hip-osteoarthritis", "femoroacetabular-impingement",
            "greater-trochanteric-pain-syndrome", "deep-gluteal-syndrome", "iliopsoas-dysfunction",
            "lumbar-disc-herniation-radiculopathy", "lumbar-spinal-stenosis", "lumbar-facet-joint-pain", "lumbar-muscle-strain",
            "sacroiliac-joint-pain", "pelvic-floor-dysfunction", "anterior-pelvic-tilt", "hip-spine-syndrome",
            "cauda-equina-syndrome", "spinal-malignancy", "spinal-infection", "vertebral-fracture",
            // serious conditions screened for since 2026.12 (issue 10)
            "hip-fracture", "femoral-neck-stress-fracture", "septic-arthritis", "avascular-necrosis-femoral-head",
            "slipped-capital-femoral-epiphysis", "legg-calve-perthes-disease", "abdominal-aortic-aneurysm",
            "peripheral-arterial-disease", "axial-spondyloarthritis");

    /** Codes added for issue 10 (clinical model 2026.12). */
    static final List<String> ISSUE_10_CODES = List.of("pain.anterior-thigh", "pain.knee", "history.fall",
            "history.unable-to-bear-weight", "exam.leg-shortened-externally-rotated", "history.impact-loading-increase",
            "redflag.avn-risk", "redflag.sexual-dysfunction", "redflag.perianal-sensation-loss",
            "redflag.recent-spinal-procedure", "redflag.pulsatile-abdominal-mass", "vascular.pulse-abnormality",
            "vascular.calf-pain-eased-standing-still", "ibp.chronic-onset-before-45", "ibp.onset-before-35",
            "ibp.night-waking-second-half", "ibp.better-with-movement", "ibp.nsaid-response", "ibp.family-history-spa",
            "ibp.arthritis", "ibp.enthesitis", "ibp.psoriasis", "neuro.weakness.l2", "neuro.weakness.l3",
            "neuro.weakness.l4", "neuro.weakness.l5", "neuro.weakness.s1", "neuro.reflex.patellar-reduced",
            "neuro.reflex.achilles-reduced", "neuro.sensory-loss-dermatomal", "test.femoral-stretch", "mdt.centralisation",
            "mdt.directional-preference", "rom.hip.any-plane-restricted");

    @Test
    void everyFindingCodeOfIssue4IsKeptAndTheAdditionsAreLegDominantPainAndTheIssue10Codes() {
        Set<String> codes = catalogue.findings().stream().map(FindingDefinition::code).collect(Collectors.toSet());
        assertThat(codes).containsAll(ISSUE_4_CODES).containsAll(ISSUE_10_CODES).contains("pain.leg-dominant");
        assertThat(codes).hasSize(ISSUE_4_CODES.size() + 1 + ISSUE_10_CODES.size());
    }

    @Test
    void redFlagCodesAreInTheRedFlagGroupAndEveryExaminationTestSaysHowToPerformIt() {
        for (FindingDefinition f : catalogue.findings()) {
            assertThat(f.group() == FindingGroup.RED_FLAG).as(f.code()).isEqualTo(f.code().startsWith("redflag."));
            if (f.code().startsWith("test.")) {
                assertThat(f.group()).as(f.code()).isEqualTo(FindingGroup.EXAMINATION);
                assertThat(f.howToPerform()).as(f.code() + " howToPerform").isNotNull();
                assertBilingual(f.howToPerform(), f.code());
            }
            assertBilingual(f.name(), f.code());
            assertBilingual(f.meaning(), f.code());
            assertThat(f.version()).isPositive();
        }
    }

    @Test
    void numericFindingsCarryUnitAndRange() {
        assertThat(catalogue.find("rom.hip.internal-rotation")).get().satisfies(f -> {
            assertThat(f.valueType()).isEqualTo(ValueType.NUMBER);
            assertThat(f.unit()).isEqualTo("degrees");
            assertThat(f.min()).isEqualTo(0.0);
            assertThat(f.max()).isEqualTo(90.0);
        });
        assertThat(catalogue.find("morning-stiffness-minutes")).get().satisfies(f -> {
            assertThat(f.unit()).isEqualTo("minutes");
            assertThat(f.max()).isEqualTo(1440.0);
        });
        catalogue.findings().stream().filter(f -> f.valueType() == ValueType.BOOLEAN)
                .forEach(f -> assertThat(f.unit()).as(f.code()).isNull());
    }

    @Test
    void everyLikelihoodRatioUsedInScoringHasASourceAndAStatusThatIsNotU() {
        List<AccuracyRow> used = catalogue.findings().stream().flatMap(f -> f.usedRows().stream()).toList();
        assertThat(used).hasSizeGreaterThanOrEqualTo(9);
        for (AccuracyRow row : used) {
            assertThat(row.source()).as(row.id()).isNotBlank();
            assertThat(row.model().evidenceStatus()).as(row.id()).isIn("V", "S", "C");
            assertThat(row.evidenceStatus()).as(row.id()).doesNotStartWith("U");
            assertThat(row.model().evidenceNote()).as(row.id()).isNotNull();
            assertBilingual(row.model().evidenceNote(), row.id());
            if (row.model().likelihoodRatioPositive() != null) {
                assertThat(row.model().likelihoodRatioPositive()).as(row.id() + " +LR").isGreaterThan(1.0);
            }
            if (row.model().likelihoodRatioNegative() != null) {
                assertThat(row.model().likelihoodRatioNegative()).as(row.id() + " -LR").isLessThan(1.0);
            }
        }
        for (ClusterDefinition c : catalogue.clusters()) {
            assertThat(c.source()).isNotBlank();
            assertThat(c.evidenceStatus()).isIn("V", "S", "C");
        }
    }

    @Test
    void unverifiedRowsAndOddsRatiosAreShownButNeverUsed() {
        Stream<AccuracyRow> all = Stream.concat(catalogue.findings().stream().flatMap(f -> f.accuracy().stream()),
                catalogue.clusters().stream().flatMap(c -> c.accuracy().stream()));
        all.forEach(row -> {
            boolean unverified = row.evidenceStatus().equals("U") || row.evidenceStatus().contains("Sn/Sp are U")
                    || row.evidenceStatus().contains("numbers U") || row.evidenceStatus().contains("Sn/Sp U");
            boolean oddsRatio = row.lrPositive().startsWith("OR");
            if (unverified || oddsRatio) {
                assertThat(row.model().used()).as(row.id()).isFalse();
                assertThat(row.model().reason()).as(row.id()).isNotBlank();
            }
        });
    }

    @Test
    void infiniteLikelihoodRatiosAreCappedAndAsymptomaticControlStudiesShrunk() {
        for (FindingDefinition f : catalogue.findings()) {
            for (AccuracyRow row : f.usedRows()) {
                if (row.sn().startsWith("1.00") || row.sp().startsWith("1.00")) {
                    assertThat(row.model().cautions()).as(row.id()).contains(EvidenceCaution.CONTINUITY_CORRECTED);
                    assertThat(row.model().likelihoodRatioPositive()).as(row.id()).isFinite();
                }
                if (row.source().equals("Lequesne 2008")) {
                    assertThat(row.model().cautions()).as(row.id()).contains(EvidenceCaution.SHRUNK, EvidenceCaution.CASE_CONTROL);
                }
            }
        }
    }

    @Test
    void clusterItemsAreNeverScoredOnTheirOwn() {
        Set<String> items = catalogue.clusters().stream().flatMap(c -> c.items().stream()).map(ClusterItem::finding)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertThat(items).contains("relieved.sitting", "pain.bilateral-legs", "rom.hip.internal-rotation", "test.sij-thigh-thrust");
        for (String code : items) {
            assertThat(catalogue.find(code).orElseThrow().usedRows()).as(code).isEmpty();
        }
    }

    @Test
    void radicularRowsUseTheMriReferenceOrAreShrunkAndFlagged() {
        List<AccuracyRow> radicular = catalogue.findings().stream().flatMap(f -> f.usedRows().stream())
                .filter(r -> "LUMBAR_RADICULAR".equals(r.category())).toList();
        assertThat(radicular).isNotEmpty().allSatisfy(r -> {
            if (!"MRI".equals(r.referenceStandard())) {
                assertThat(r.model().cautions()).as(r.id())
                        .contains(EvidenceCaution.REFERENCE_STANDARD_MISMATCH, EvidenceCaution.SHRUNK);
            }
        });
    }

    @Test
    void everyCategoryMapsToTheFixedConditionCodes() {
        Map<DifferentialCategory, List<String>> fixed = Map.of(
                DifferentialCategory.HIP_INTRA_ARTICULAR, List.of("hip-osteoarthritis", "femoroacetabular-impingement"),
                DifferentialCategory.HIP_LATERAL, List.of("greater-trochanteric-pain-syndrome"),
                DifferentialCategory.LUMBAR_RADICULAR, List.of("lumbar-disc-herniation-radiculopathy"),
                DifferentialCategory.LUMBAR_STENOSIS, List.of("lumbar-spinal-stenosis"),
                DifferentialCategory.SACROILIAC, List.of("sacroiliac-joint-pain"),
                // anterior-pelvic-tilt since 2026.12 (issue 11): a postural contributor, recommended only as non-specific
                DifferentialCategory.LUMBAR_NONSPECIFIC, List.of("lumbar-facet-joint-pain", "lumbar-muscle-strain",
                        "anterior-pelvic-tilt"));
        assertThat(catalogue.categories()).hasSize(6);
        for (CategoryDefinition c : catalogue.categories()) {
            assertThat(c.conditionCodes()).as(c.code().name()).isEqualTo(fixed.get(c.code()));
            assertThat(c.preTest().probability()).isBetween(0.0, 1.0);
            assertThat(c.preTest().source()).isNotBlank();
            if (c.preTest().isConvention()) {
                assertThat(c.preTest().source()).containsIgnoringCase("convention");
            }
        }
    }

    @Test
    void everyNonSeriousConditionNoCategoryReachesIsExplainedInACategoryNote() {
        List<String> mapped = catalogue.categories().stream().flatMap(c -> c.conditionCodes().stream()).toList();
        String notes = catalogue.categories().stream().filter(c -> c.conditionNote() != null)
                .map(c -> c.conditionNote().in("en") + " " + c.conditionNote().in("es")).reduce("", String::concat);
        for (String unreached : List.of("deep-gluteal-syndrome", "iliopsoas-dysfunction", "pelvic-floor-dysfunction")) {
            assertThat(mapped).doesNotContain(unreached);
            assertThat(notes).as(unreached).contains(unreached + " is not mapped here", unreached + " no se asigna aquí");
        }
        assertThat(notes).contains("anterior-pelvic-tilt is mapped here");
    }

    @Test
    void everyRedFlagCodeHasASingleRuleWithSourceActionAndScreenedConditions() {
        List<String> flags = ISSUE_4_CODES.stream().filter(c -> c.startsWith("redflag.")).toList();
        assertThat(flags).hasSize(12);
        flags = Stream.concat(flags.stream(), ISSUE_10_CODES.stream().filter(c -> c.startsWith("redflag."))).toList();
        for (String flag : flags) {
            RedFlagRule rule = catalogue.redFlag(flag).orElseThrow(() -> new AssertionError("no rule for " + flag));
            assertThat(rule.kind()).isEqualTo("SINGLE");
        }
        for (RedFlagRule rule : catalogue.redFlags()) {
            assertThat(rule.source()).as(rule.code()).isNotBlank();
            assertThat(rule.level()).as(rule.code()).isNotNull();
            assertThat(rule.conditionCodes()).as(rule.code()).isNotEmpty().allMatch(CONDITION_CODES::contains);
            Stream.of(rule.name(), rule.text(), rule.action(), rule.evidence()).forEach(t -> assertBilingual(t, rule.code()));
            if (rule.patientAdvice() != null) {
                assertBilingual(rule.patientAdvice(), rule.code() + " patient advice");
            }
        }
        for (health.hipspine.model.triage.TriageLevel level : health.hipspine.model.triage.TriageLevel.values()) {
            assertBilingual(catalogue.triageAction(level).patientAdvice(), level + " patient advice");
        }
    }

    @Test
    void nightPainAndAgeOverFiftyAreMonitoredNotEscalated() {
        assertThat(catalogue.redFlag("redflag.night-pain").orElseThrow().level()).isEqualTo(ActionLevel.MONITOR);
        RedFlagRule age = catalogue.redFlag("triage.age-over-50").orElseThrow();
        assertThat(age.level()).isEqualTo(ActionLevel.MONITOR);
        assertThat(age.evidence().en()).contains("virtually no change").contains("Downie 2013");
        Stream.of("redflag.saddle-anaesthesia", "redflag.urinary-retention", "redflag.bowel-bladder-incontinence",
                "redflag.bilateral-neuro-deficit").forEach(c ->
                assertThat(catalogue.redFlag(c).orElseThrow().level()).as(c).isEqualTo(ActionLevel.EMERGENCY));
    }

    @Test
    void everyMessageIsBilingualAndEveryRecordVersioned() {
        catalogue.messages().forEach(m -> assertBilingual(m.text(), m.code()));
        assertThat(catalogue.release()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
        catalogue.redFlags().forEach(r -> assertThat(r.version()).isPositive());
        catalogue.clusters().forEach(c -> assertThat(c.version()).isPositive());
        catalogue.categories().forEach(c -> assertThat(c.version()).isPositive());
    }

    @Test
    void catalogueRecordsSurviveAJsonRoundTripSoTheContentServiceCanServeThem() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (FindingDefinition f : catalogue.findings()) {
            String text = json.writeValueAsString(f);
            assertThat(json.readValue(text, FindingDefinition.class)).as(f.code()).isEqualTo(f);
            assertThat(text).contains("\"name\":{\"en\":");
        }
        for (RedFlagRule r : catalogue.redFlags()) {
            assertThat(json.readValue(json.writeValueAsString(r), RedFlagRule.class)).as(r.code()).isEqualTo(r);
        }
        for (CategoryDefinition c : catalogue.categories()) {
            assertThat(json.readValue(json.writeValueAsString(c), CategoryDefinition.class)).isEqualTo(c);
        }
    }

    private static void assertBilingual(LocalizedText text, String where) {
        assertThat(text).as(where).isNotNull();
        assertThat(text.has("en")).as(where + " en").isTrue();
        assertThat(text.has("es")).as(where + " es").isTrue();
    }
}
