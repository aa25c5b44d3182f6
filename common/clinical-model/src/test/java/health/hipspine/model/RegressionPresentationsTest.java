package health.hipspine.model;

import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.triage.TriageLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static health.hipspine.model.Presentations.patient;
import static health.hipspine.model.differential.DifferentialCategory.HIP_INTRA_ARTICULAR;
import static health.hipspine.model.differential.DifferentialCategory.HIP_LATERAL;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_NONSPECIFIC;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_RADICULAR;
import static health.hipspine.model.differential.DifferentialCategory.LUMBAR_STENOSIS;
import static health.hipspine.model.differential.DifferentialCategory.SACROILIAC;
import static health.hipspine.model.triage.TriageLevel.EMERGENCY;
import static health.hipspine.model.triage.TriageLevel.ROUTINE;
import static health.hipspine.model.triage.TriageLevel.URGENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table-driven regression suite: textbook cases, the presentations of issue 10, children, older adults and both
 * sides. Each row says what a clinician expects and why; the row name is the presentation.
 */
class RegressionPresentationsTest {

    /** One presentation, what is expected of it, and the clinical reason. */
    record Case(String name, Presentations presentation, Expect expect, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Expectations on a result, each a named check. */
    static final class Expect {
        final List<Consumer<ModelResult>> checks = new ArrayList<>();

        Expect triage(TriageLevel level) {
            checks.add(r -> assertThat(r.triage().level()).as("triage").isEqualTo(level));
            if (level != ROUTINE) {
                checks.add(r -> assertThat(r.loadedExerciseSuppressed()).as("loaded exercise suppressed").isTrue());
                checks.add(r -> assertThat(r.recommendedConditionCodes()).as("no exercise plan").isEmpty());
                checks.add(r -> assertThat(r.hasNextStep("next.diagnostic-hip-injection")).as("no injection").isFalse());
            }
            return this;
        }

        Expect reason(String code) {
            checks.add(r -> assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code).as("reasons").contains(code));
            return this;
        }

        Expect noReason(String code) {
            checks.add(r -> assertThat(r.triage().reasons()).extracting(ModelResult.TriageReason::code).as("reasons").doesNotContain(code));
            return this;
        }

        Expect leader(DifferentialCategory category) {
            checks.add(r -> assertThat(r.leadingCategory()).as("leading source").isEqualTo(category));
            if (category != null) {
                checks.add(r -> assertThat(r.differential().get(0).category()).as("leader listed first").isEqualTo(category));
            }
            return this;
        }

        Expect recommends(String... codes) {
            checks.add(r -> assertThat(r.recommendedConditionCodes()).as("recommended").contains(codes));
            return this;
        }

        Expect doesNotRecommend(String... codes) {
            checks.add(r -> assertThat(r.recommendedConditionCodes()).as("recommended").doesNotContain(codes));
            return this;
        }

        Expect hipSpine(boolean suspected) {
            checks.add(r -> assertThat(r.hipSpineSyndrome().suspected()).as("hip-spine syndrome").isEqualTo(suspected));
            return this;
        }

        Expect injection(boolean suggested) {
            checks.add(r -> assertThat(r.hasNextStep("next.diagnostic-hip-injection")).as("injection suggested").isEqualTo(suggested));
            return this;
        }

        Expect warning(String code) {
            checks.add(r -> assertThat(r.hasWarning(code)).as("warning " + code).isTrue());
            return this;
        }

        Expect notScored() {
            checks.add(r -> assertThat(r.differential()).as("nothing scored").allSatisfy(e -> assertThat(e.contributions()).isEmpty()));
            return this;
        }

        Expect applies(DifferentialCategory category, String code) {
            checks.add(r -> assertThat(r.entry(category).contributions()).extracting(ModelResult.Contribution::findingCode)
                    .as(category + " contributions").contains(code));
            return this;
        }

        Expect nothingOn(DifferentialCategory category) {
            checks.add(r -> assertThat(r.entry(category).contributions()).as(category + " contributions").isEmpty());
            return this;
        }

        Expect below(DifferentialCategory category, double p) {
            checks.add(r -> assertThat(r.entry(category).probability()).as(category + " probability").isLessThan(p));
            return this;
        }

        Expect notLikely(DifferentialCategory category) {
            checks.add(r -> assertThat(r.entry(category).likely()).as(category + " likely").isFalse());
            return this;
        }
    }

    static Expect expect() {
        return new Expect();
    }

    static Case c(String name, Presentations p, Expect e, String reason) {
        return new Case(name, p, e, reason);
    }

    static final String[] HIP_OA_SIGNS = {"aggravated.squatting", "test.scour", "test.hip-flexion-lateral-pain", "test.hip-extension-pain"};
    static final String[] SIJ_ALL = {"test.sij-distraction", "test.sij-thigh-thrust", "test.sij-compression", "test.sij-sacral-thrust"};

    static Stream<Case> cases() {
        return Stream.of(
                // --- textbook presentations ---
                c("hip OA, 66 F: groin pain, 4 Sutlive items, IR 15°",
                        patient(66, Sex.FEMALE).yes("pain.groin").yes(HIP_OA_SIGNS).value("rom.hip.internal-rotation", 15),
                        expect().triage(ROUTINE).leader(HIP_INTRA_ARTICULAR).recommends("hip-osteoarthritis").hipSpine(false),
                        "Sutlive >=4 of 5 (+LR 24.3) on Birrell's 44% prior; 45 or over is osteoarthritis (NICE NG226)"),
                c("hip OA history without back pain, 62 F: walking pain eased by sitting, leg > back",
                        patient(62, Sex.FEMALE).yes("pain.groin", "aggravated.walking-standing", "relieved.sitting", "pain.leg-dominant").no("pain.low-back"),
                        expect().triage(ROUTINE).leader(HIP_INTRA_ARTICULAR).nothingOn(LUMBAR_STENOSIS).hipSpine(false).injection(false),
                        "Cook's cluster comes from back-pain patients: without back pain it is not applied"),
                c("impingement, 24 M athlete: groin pain, FADIR, 4 Sutlive items",
                        patient(24, Sex.MALE).yes("pain.groin", "test.fadir").yes(HIP_OA_SIGNS).value("rom.hip.internal-rotation", 20),
                        expect().triage(ROUTINE).leader(HIP_INTRA_ARTICULAR).recommends("femoroacetabular-impingement")
                                .doesNotRecommend("hip-osteoarthritis").warning("warning.hip-label-fai"),
                        "under 45 an intra-articular source is labelled FAI/labral, not OA (NICE NG226 age criterion)"),
                c("gluteal tendinopathy, 56 F: lateral hip pain, single-leg stance and derotation positive",
                        patient(56, Sex.FEMALE).yes("pain.lateral-hip", "test.single-leg-stance-30s", "test.resisted-external-derotation"),
                        expect().triage(ROUTINE).leader(HIP_LATERAL).recommends("greater-trochanteric-pain-syndrome"),
                        "SLS (12.2) is the strongest of the two correlated loading tests"),
                c("disc herniation, 42 M: back and leg pain below the knee, SLR and slump positive",
                        patient(42, Sex.MALE).yes("pain.low-back", "pain.below-knee", "pain.radiating-electric", "test.slr", "test.slump"),
                        expect().triage(ROUTINE).leader(LUMBAR_RADICULAR).recommends("lumbar-disc-herniation-radiculopathy"),
                        "ATLAS prior 74% with leg pain; slump (4.9) is the strongest nerve-tension test"),
                c("L5 radiculopathy, 45 M: leg pain, dermatomal sensory loss and weak great toe (right)",
                        patient(45, Sex.MALE).yes("pain.low-back", "pain.below-knee").sided("neuro.sensory-loss-dermatomal", true, Side.RIGHT)
                                .sided("neuro.weakness.l5", true, Side.RIGHT),
                        expect().triage(ROUTINE).leader(LUMBAR_RADICULAR).applies(LUMBAR_RADICULAR, "neuro.sensory-loss-dermatomal"),
                        "sensory loss is scored weakly (Tawa 2017); myotomes are shown, not scored"),
                c("L3/4 radiculopathy, 58 M: anterior thigh and groin pain, femoral stretch and knee reflex (left)",
                        patient(58, Sex.MALE).yes("pain.low-back").sided("pain.anterior-thigh", true, Side.LEFT).sided("pain.groin", true, Side.LEFT)
                                .sided("test.femoral-stretch", true, Side.LEFT).sided("neuro.reflex.patellar-reduced", true, Side.LEFT),
                        expect().triage(ROUTINE).leader(LUMBAR_RADICULAR).warning("warning.upper-lumbar-radiculopathy")
                                .applies(LUMBAR_RADICULAR, "joint.femoral-stretch-patellar-reflex").hipSpine(false),
                        "femoral stretch with a reduced knee reflex: +LR 7.0 for L2-L4 impingement (Suri 2011); groin pain is not only hip"),
                c("spinal stenosis, 74 M: bilateral leg pain, walking, relief sitting and bending, wide-based gait",
                        patient(74, Sex.MALE).yes("pain.low-back", "pain.bilateral-legs", "pain.leg-dominant", "aggravated.walking-standing",
                                "relieved.sitting", "relieved.bending-forward", "gait.wide-based"),
                        expect().triage(ROUTINE).leader(LUMBAR_STENOSIS).recommends("lumbar-spinal-stenosis").reason("triage.bilateral-leg-symptoms")
                                .noReason("triage.ces-bilateral-sciatica"),
                        "one node for the correlated claudication signs; bilateral claudication without a radicular sign is a screening question"),
                c("stenosis on the Cook cluster alone, 68 F",
                        patient(68, Sex.FEMALE).yes("pain.low-back", "pain.bilateral-legs", "pain.leg-dominant", "aggravated.walking-standing", "relieved.sitting"),
                        expect().triage(ROUTINE).leader(LUMBAR_STENOSIS).notLikely(LUMBAR_STENOSIS).applies(LUMBAR_STENOSIS, "cluster.cook-lss"),
                        "Cook >=4 of 5 (4.6) is a small shift: leads, but not 'likely'"),
                c("sacroiliac pain, 38 F: 3 provocation tests positive",
                        patient(38, Sex.FEMALE).yes("pain.low-back", "pain.buttock", "test.sij-distraction", "test.sij-thigh-thrust", "test.sij-compression"),
                        expect().triage(ROUTINE).leader(SACROILIAC).recommends("sacroiliac-joint-pain"),
                        "Laslett >=3 of 6 (+LR 4.3) on Cohen's 15% prior"),
                c("Laslett 2 of the best 4, 40 F",
                        patient(40, Sex.FEMALE).yes("pain.low-back", "test.sij-distraction", "test.sij-thigh-thrust").no("test.sij-compression", "test.sij-sacral-thrust")
                                .sided("test.sij-gaenslen", false, Side.BILATERAL),
                        expect().triage(ROUTINE).nothingOn(SACROILIAC).warning("warning.cluster-sub-rule").leader(LUMBAR_NONSPECIFIC),
                        "2 of the best 4 is Laslett's positive rule (figures unverified): the rule-out LR 0.08 must not apply"),
                c("non-specific low back pain, 30 M: every test negative",
                        patient(30, Sex.MALE).yes("pain.low-back").no("test.slr", "test.slump", "test.single-leg-stance-30s", "test.fadir").no(SIJ_ALL)
                                .sided("test.sij-gaenslen", false, Side.BILATERAL),
                        expect().triage(ROUTINE).leader(LUMBAR_NONSPECIFIC).recommends("lumbar-facet-joint-pain").warning("warning.nonspecific-by-exclusion"),
                        "the residual explanation leads when nothing specific is supported; lateral hip has no evidence and cannot lead"),
                c("older adult, 75 F: back pain and night pain only",
                        patient(75, Sex.FEMALE).yes("pain.low-back", "redflag.night-pain"),
                        expect().triage(ROUTINE).leader(LUMBAR_NONSPECIFIC).doesNotRecommend("lumbar-spinal-stenosis").notLikely(LUMBAR_STENOSIS),
                        "age >70 (LR 2.0) is not a finding; night pain alone changes virtually nothing (Downie 2013)"),
                c("no findings, 40 M",
                        patient(40, Sex.MALE),
                        expect().triage(ROUTINE).leader(null).warning("warning.no-clear-source").warning("warning.prior-convention"),
                        "nothing recorded: no leading source"),
                c("hip-spine syndrome, 71 M: back pain, Sutlive 4 of 5 on the right, neurogenic claudication with wide-based gait",
                        patient(71, Sex.MALE).yes("pain.low-back", "pain.groin", "aggravated.squatting").sided("test.scour", true, Side.RIGHT)
                                .sided("test.hip-extension-pain", true, Side.RIGHT).sided("test.hip-flexion-lateral-pain", false, Side.RIGHT)
                                .sided("rom.hip.internal-rotation", 20, Side.RIGHT)
                                .yes("pain.bilateral-legs", "aggravated.walking-standing", "relieved.sitting", "gait.wide-based"),
                        expect().triage(ROUTINE).hipSpine(true).injection(true).recommends("hip-spine-syndrome"),
                        "both a hip and a spine source likely on findings other than age, with back pain (Parvizi 2010)"),
                c("hip-spine syndrome after a positive diagnostic injection",
                        patient(71, Sex.MALE).yes("pain.low-back", "pain.groin", "aggravated.squatting").sided("test.scour", true, Side.RIGHT)
                                .sided("test.hip-extension-pain", true, Side.RIGHT).sided("test.hip-flexion-lateral-pain", false, Side.RIGHT)
                                .sided("rom.hip.internal-rotation", 20, Side.RIGHT).yes("pain.bilateral-legs", "aggravated.walking-standing",
                                        "relieved.sitting", "gait.wide-based").sided("injection.hip-intra-articular-relief", true, Side.RIGHT),
                        expect().triage(ROUTINE).injection(false).applies(HIP_INTRA_ARTICULAR, "injection.hip-intra-articular-relief"),
                        "the injection is not suggested again once done"),
                // --- issue 10: what a clinician saw ---
                c("72 M with groin pain and back pain",
                        patient(72, Sex.MALE).yes("pain.groin", "pain.low-back"),
                        expect().triage(ROUTINE).hipSpine(false).injection(false),
                        "age and one case-control finding are not evidence for both a hip and a spine source"),
                c("82 F with groin pain after a fall",
                        patient(82, Sex.FEMALE).yes("pain.groin", "history.fall"),
                        expect().triage(EMERGENCY).reason("triage.hip-fracture-after-fall").hipSpine(false),
                        "a hip fracture until a radiograph says otherwise (BMJ Best Practice; RCEM)"),
                c("Sutlive items split between the two hips, 60 F",
                        patient(60, Sex.FEMALE).yes("aggravated.squatting").sided("test.scour", true, Side.LEFT)
                                .sided("test.hip-flexion-lateral-pain", true, Side.LEFT).sided("test.hip-extension-pain", true, Side.RIGHT)
                                .sided("rom.hip.internal-rotation", 20, Side.RIGHT),
                        expect().triage(ROUTINE).nothingOn(HIP_INTRA_ARTICULAR),
                        "3 on the left, 3 on the right: never 5 of one hip"),
                c("Sutlive 4 items all on the left hip, 63 M",
                        patient(63, Sex.MALE).yes("aggravated.squatting").sided("test.scour", true, Side.LEFT)
                                .sided("test.hip-flexion-lateral-pain", true, Side.LEFT).sided("test.hip-extension-pain", true, Side.LEFT),
                        expect().triage(ROUTINE).applies(HIP_INTRA_ARTICULAR, "cluster.sutlive-hip-oa").leader(HIP_INTRA_ARTICULAR),
                        "4 of 5 on one hip: +LR 24.3"),
                c("crossed SLR positive, 40 M with sciatica",
                        patient(40, Sex.MALE).yes("pain.low-back", "pain.below-knee").sided("test.crossed-slr", true, Side.LEFT),
                        expect().triage(ROUTINE).applies(LUMBAR_RADICULAR, "test.crossed-slr").warning("warning.reference-standard"),
                        "only surgical-reference figures: counted, shrunk, status shown"),
                c("full hip range in every plane, 60 F with groin pain",
                        patient(60, Sex.FEMALE).yes("pain.groin").sided("rom.hip.any-plane-restricted", false, Side.RIGHT),
                        expect().triage(ROUTINE).below(HIP_INTRA_ARTICULAR, 0.44).leader(null),
                        "Birrell's -LR 0.26 counts against hip OA"),
                c("right-sided sciatica, SLR positive on the right only",
                        patient(50, Sex.FEMALE).yes("pain.low-back").sided("pain.below-knee", true, Side.RIGHT).sided("test.slr", true, Side.RIGHT)
                                .sided("test.slr", false, Side.LEFT),
                        expect().triage(ROUTINE).leader(LUMBAR_RADICULAR).notLikely(LUMBAR_RADICULAR),
                        "a positive SLR on the painful side raises radicular pain, weakly"),
                // --- issue 10: unsafe ---
                c("bilateral sciatica with a positive SLR, no sphincter signs recorded",
                        patient(38, Sex.MALE).yes("pain.low-back", "pain.bilateral-legs", "pain.below-knee", "test.slr"),
                        expect().triage(EMERGENCY).reason("triage.ces-bilateral-sciatica"),
                        "NICE CKS and the GIRFT pathway: bilateral radicular symptoms need same-day assessment"),
                c("saddle anaesthesia",
                        patient(50, Sex.FEMALE).yes("pain.low-back", "redflag.saddle-anaesthesia"),
                        expect().triage(EMERGENCY).leader(null),
                        "suspected CES: emergency; no leading musculoskeletal source is named"),
                c("new sexual dysfunction with back pain",
                        patient(44, Sex.MALE).yes("pain.low-back", "redflag.sexual-dysfunction"),
                        expect().triage(EMERGENCY),
                        "a CES symptom (NICE CKS)"),
                c("loss of perianal sensation",
                        patient(44, Sex.FEMALE).yes("pain.low-back", "redflag.perianal-sensation-loss"),
                        expect().triage(EMERGENCY),
                        "a CES symptom (NICE CKS)"),
                c("recent spinal procedure with fever",
                        patient(60, Sex.MALE).yes("pain.low-back", "redflag.recent-spinal-procedure", "redflag.fever"),
                        expect().triage(EMERGENCY).reason("triage.spinal-procedure-warning-signs"),
                        "epidural abscess or haematoma until proven otherwise"),
                c("recent spinal procedure alone",
                        patient(60, Sex.MALE).yes("pain.low-back", "redflag.recent-spinal-procedure"),
                        expect().triage(ROUTINE).reason("redflag.recent-spinal-procedure"),
                        "listed so the clinician asks about fever and new neurology"),
                c("progressive weakness",
                        patient(52, Sex.MALE).yes("pain.low-back", "redflag.progressive-weakness"),
                        expect().triage(EMERGENCY),
                        "matches the education text: worsening leg weakness means the emergency department now"),
                c("fever and unable to bear weight, 45 M",
                        patient(45, Sex.MALE).yes("pain.groin", "redflag.fever", "history.unable-to-bear-weight"),
                        expect().triage(EMERGENCY).reason("triage.septic-arthritis"),
                        "two of Kocher's predictors: septic arthritis"),
                c("79 F unable to bear weight after a fall",
                        patient(79, Sex.FEMALE).yes("history.fall", "history.unable-to-bear-weight"),
                        expect().triage(EMERGENCY).reason("triage.hip-fracture-after-fall"),
                        "cognitively impaired patients may show only inability to bear weight (BMJ Best Practice)"),
                c("runner, 22 F: groin pain after a training increase",
                        patient(22, Sex.FEMALE).yes("pain.groin", "history.impact-loading-increase"),
                        expect().triage(URGENT).reason("triage.femoral-neck-stress-fracture"),
                        "femoral neck stress fracture must not be loaded until excluded"),
                c("groin pain on long-term steroids, 40 M",
                        patient(40, Sex.MALE).yes("pain.groin", "redflag.prolonged-steroids"),
                        expect().triage(URGENT).reason("triage.avascular-necrosis"),
                        "avascular necrosis risk (MSD Manual)"),
                c("groin pain with sickle cell disease, 27 F",
                        patient(27, Sex.FEMALE).yes("pain.groin", "redflag.avn-risk"),
                        expect().triage(URGENT).reason("triage.avascular-necrosis"),
                        "22% develop femoral head osteonecrosis by median age 27 (Blood Advances 2017)"),
                c("widened aortic pulsation with back pain, 70 M",
                        patient(70, Sex.MALE).yes("pain.low-back", "redflag.pulsatile-abdominal-mass"),
                        expect().triage(EMERGENCY).reason("triage.aaa-with-back-pain"),
                        "symptomatic aneurysm must be excluded now (Lederle & Simel 1999)"),
                c("widened aortic pulsation without pain, 70 M",
                        patient(70, Sex.MALE).yes("redflag.pulsatile-abdominal-mass"),
                        expect().triage(URGENT),
                        "+LR 12 for AAA: ultrasound within days"),
                c("walking leg pain with absent foot pulses, 70 M",
                        patient(70, Sex.MALE).yes("pain.low-back", "aggravated.walking-standing").sided("vascular.pulse-abnormality", true, Side.LEFT),
                        expect().triage(ROUTINE).reason("triage.vascular-claudication"),
                        "peripheral arterial disease mimics neurogenic claudication (Khan 2006)"),
                c("inflammatory back pain, 28 M with 4 features",
                        patient(28, Sex.MALE).yes("pain.low-back", "ibp.chronic-onset-before-45", "ibp.onset-before-35",
                                "ibp.night-waking-second-half", "ibp.better-with-movement", "pain.buttock"),
                        expect().triage(ROUTINE).reason("triage.axial-spondyloarthritis"),
                        "NICE NG65: 4 or more features, refer to rheumatology"),
                c("inflammatory back pain, 28 M with only 2 features",
                        patient(28, Sex.MALE).yes("pain.low-back", "ibp.chronic-onset-before-45", "ibp.onset-before-35", "ibp.psoriasis"),
                        expect().triage(ROUTINE).noReason("triage.axial-spondyloarthritis"),
                        "below NICE NG65's threshold of 3"),
                c("history of cancer with back pain, 68 F",
                        patient(68, Sex.FEMALE).yes("pain.low-back", "redflag.history-of-cancer"),
                        expect().triage(URGENT).warning("warning.urgent-confirm"),
                        "history of cancer: +LR 23.7 for spinal malignancy (Henschke 2007)"),
                c("older adult with trauma, 78 F",
                        patient(78, Sex.FEMALE).yes("pain.low-back", "redflag.significant-trauma"),
                        expect().triage(URGENT).reason("triage.fracture-multiple-flags"),
                        "multiple fracture flags (Downie 2013)"),
                c("fever with progressive weakness",
                        patient(50, Sex.MALE).yes("pain.low-back", "redflag.fever", "redflag.progressive-weakness"),
                        expect().triage(EMERGENCY).reason("triage.infection-fever-with-weakness"),
                        "epidural abscess (Durant 2025)"),
                // --- children and adolescents ---
                c("12-year-old boy with knee pain and a limp",
                        patient(12, Sex.MALE).yes("pain.knee", "limp"),
                        expect().triage(URGENT).reason("triage.child-hip-screen").notScored().leader(null).warning("warning.child-not-scored"),
                        "SCFE can present as knee pain (Herngren 2019: 12%)"),
                c("6-year-old with a limp",
                        patient(6, Sex.MALE).yes("limp"),
                        expect().triage(URGENT).reason("triage.child-hip-screen").notScored(),
                        "Perthes disease, typical age 4-8 (Loder 2011)"),
                c("13-year-old girl unable to bear weight",
                        patient(13, Sex.FEMALE).yes("history.unable-to-bear-weight", "pain.groin"),
                        expect().triage(EMERGENCY).reason("triage.child-unable-to-bear-weight"),
                        "unstable slip, septic arthritis or fracture today"),
                c("15-year-old with back pain only",
                        patient(15, Sex.MALE).yes("pain.low-back", "test.slr"),
                        expect().triage(ROUTINE).notScored().leader(null),
                        "adult likelihood ratios are not applied to adolescents"),
                c("17-year-old with hip signs",
                        patient(17, Sex.FEMALE).yes("pain.groin", "test.fadir"),
                        expect().notScored().leader(null),
                        "under 18: adult evidence not applied; SCFE window ends at 15 so no hip screen"),
                // --- setting ---
                c("specialist setting, groin pain, 50 F",
                        patient(50, Sex.FEMALE).yes("pain.groin").in(Setting.SPECIALIST),
                        expect().triage(ROUTINE).leader(HIP_INTRA_ARTICULAR),
                        "tertiary prevalence of hip-related groin pain (47%) is used")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void presentationGivesTheExpectedAnswer(Case c) {
        ModelResult r = c.presentation().assess();
        for (Consumer<ModelResult> check : c.expect().checks) {
            try {
                check.accept(r);
            } catch (AssertionError e) {
                throw new AssertionError(c.name() + " — expected because " + c.reason() + "\n" + e.getMessage(), e);
            }
        }
    }
}
