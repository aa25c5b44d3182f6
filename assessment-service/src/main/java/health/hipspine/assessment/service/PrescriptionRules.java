package health.hipspine.assessment.service;

import java.util.List;
import java.util.Optional;

/**
 * What a physiotherapist gives each likely pain source, and on what evidence: the slots of a home programme in
 * the order they are filled (the first slots are the ones a short plan must keep), each slot naming exercise
 * codes (first available wins) or exercise categories (the one nearest the usual difficulty wins). Every
 * source cites its guideline or trial with the evidence status of /work/shared/reference (V verified, S
 * secondary, U unknown); where no trial exists it says so. No numbers live here.
 */
final class PrescriptionRules {

    /** One slot: these exercise codes in order of preference, else any exercise of these categories. */
    record Slot(List<String> codes, List<String> categories) {
        static Slot codes(String... codes) {
            return new Slot(List.of(codes), List.of());
        }

        static Slot categories(String... categories) {
            return new Slot(List.of(), List.of(categories));
        }
    }

    /**
     * A pain source: the conditions that share it, its region, the reason and citation each of its exercises
     * carries, what the clinician is told once, and its slots.
     */
    record Rule(String source, String region, List<String> conditionCodes, String reason, String citation, String note,
                List<Slot> slots) {
    }

    static final String HIP_SPINE_SYNDROME = "hip-spine-syndrome";

    static final List<Rule> RULES = List.of(
            new Rule("hip-osteoarthritis", "hip", List.of("hip-osteoarthritis"),
                    "Hip osteoarthritis: therapeutic exercise, local strengthening plus aerobic activity, is a core treatment",
                    "NICE NG226 2022; OARSI, Bannuru 2019",
                    "Hip osteoarthritis: always walking or cycling plus a core strengthening set; pain may rise a little at "
                            + "first (NICE NG226 2022; OARSI, Bannuru 2019).",
                    List.of(Slot.categories("hip-strengthening"), Slot.codes("walking", "cycling"),
                            Slot.categories("hip-strengthening"), Slot.categories("hip-mobility"),
                            Slot.categories("balance"))),
            new Rule("femoroacetabular-impingement", "hip", List.of("femoroacetabular-impingement", "iliopsoas-dysfunction"),
                    "Hip-related pain: strength and control in the pain-free range",
                    "clinical practice; no exercise trial in our evidence (status U)",
                    "Impingement or iliopsoas pain: no exercise trial in our evidence (status U); the plan follows clinical "
                            + "practice and stays out of the pinching range.",
                    List.of(Slot.categories("hip-strengthening"), Slot.categories("hip-mobility", "flexibility"),
                            Slot.categories("core-stability", "motor-control"), Slot.codes("cycling", "walking"),
                            Slot.categories("hip-strengthening"))),
            new Rule("greater-trochanteric-pain-syndrome", "hip", List.of("greater-trochanteric-pain-syndrome"),
                    "Gluteal tendinopathy: education plus progressive tendon loading beat wait-and-see",
                    "LEAP, Mellor 2018",
                    "Gluteal tendinopathy: education first (avoid compressing the tendons: crossing the legs, lying on the "
                            + "painful side, hanging on one hip), then progressive loading from isometric holds "
                            + "(LEAP, Mellor 2018).",
                    List.of(Slot.codes("isometric-hip-abduction"), Slot.categories("tendon-loading"),
                            Slot.categories("hip-strengthening"), Slot.codes("step-up", "sit-to-stand"),
                            Slot.codes("walking", "cycling"))),
            new Rule("lumbar-disc-herniation-radiculopathy", "lumbar", List.of("lumbar-disc-herniation-radiculopathy"),
                    "Sciatica: an exercise programme; keep what centralises, stop what sends pain down the leg",
                    "NICE NG59 2016 (secondary summary, status S)",
                    "Sciatica: exercise per NICE NG59 2016 (status S); no forward folds while bending sends pain down the leg.",
                    // no lumbar-mobility slot: extension or flexion only where an assessment found a directional preference
                    List.of(Slot.categories("neural-mobility"), Slot.categories("core-stability"), Slot.codes("walking"),
                            Slot.categories("core-stability"), Slot.categories("motor-control"))),
            new Rule("deep-gluteal-syndrome", "hip", List.of("deep-gluteal-syndrome"),
                    "Deep gluteal (extraspinal sciatic) pain: nerve and buttock mobility, then hip strength",
                    "clinical practice; no exercise trial in our evidence (status U)",
                    "Deep gluteal syndrome: no exercise trial in our evidence (status U); the plan follows clinical practice.",
                    List.of(Slot.categories("neural-mobility"), Slot.categories("flexibility"),
                            Slot.categories("hip-strengthening"), Slot.codes("walking"))),
            new Rule("lumbar-spinal-stenosis", "lumbar", List.of("lumbar-spinal-stenosis"),
                    "Lumbar spinal stenosis: flexion-based exercise with cycling",
                    "Pua 2007; Whitman 2006",
                    "Stenosis: flexion-biased exercise; cycling did as well as supported treadmill walking (Pua 2007); "
                            + "no extension exercises.",
                    List.of(Slot.codes("knee-to-chest", "childs-pose", "cat-cow"), Slot.codes("cycling"),
                            Slot.categories("core-stability"),
                            Slot.categories("hip-strengthening"), Slot.categories("motor-control"))),
            new Rule("sacroiliac-joint-pain", "sacroiliac", List.of("sacroiliac-joint-pain", "pelvic-floor-dysfunction"),
                    "Sacroiliac / pelvic girdle pain: specific stabilising exercise",
                    "Stuge 2004 (pelvic girdle pain; no trial in block-confirmed SIJ pain, status U)",
                    "Sacroiliac pain: stabilising exercise helped pelvic girdle pain after pregnancy (Stuge 2004); no trial in "
                            + "block-confirmed SIJ pain (status U); home-only programmes did not beat control (Gutke 2010).",
                    List.of(Slot.categories("core-stability"), Slot.categories("hip-strengthening"),
                            Slot.categories("core-stability", "pelvic-floor"), Slot.categories("balance"),
                            Slot.categories("motor-control", "breathing"))),
            new Rule("non-specific-low-back-pain", "lumbar",
                    List.of("lumbar-facet-joint-pain", "lumbar-muscle-strain", "anterior-pelvic-tilt"),
                    "Low back pain: an exercise programme (biomechanical, aerobic, mind-body or combined)",
                    "NICE NG59 2016 (secondary summary, status S)",
                    "Low back pain: exercise, and consider group exercise (NICE NG59 2016, status S).",
                    List.of(Slot.categories("core-stability"), Slot.codes("walking", "cycling", "swimming"),
                            Slot.categories("lumbar-mobility"), Slot.categories("hip-strengthening"),
                            Slot.categories("motor-control"))),
            // only when the syndrome is suspected but no hip or no lumbar source is among the recommendations
            new Rule(HIP_SPINE_SYNDROME, "mixed", List.of(HIP_SPINE_SYNDROME),
                    "Hip-spine syndrome: treat the hip and the back together",
                    "Offierski and MacNab 1983 (description); clinical practice (status U)",
                    "Hip-spine syndrome: the hip and the lumbar spine both get exercise (Offierski and MacNab 1983 describe "
                            + "the syndrome; no exercise trial, status U).",
                    List.of(Slot.categories("hip-mobility"), Slot.categories("core-stability"),
                            Slot.categories("hip-strengthening"), Slot.categories("motor-control"),
                            Slot.codes("walking", "cycling"))));

    private PrescriptionRules() {
    }

    static Optional<Rule> forCondition(String conditionCode) {
        return RULES.stream().filter(r -> r.conditionCodes().contains(conditionCode)).findFirst();
    }
}
