package health.hipspine.assessment.service;

import java.util.List;
import java.util.Optional;

/**
 * What a physiotherapist gives each likely pain source, and on what evidence: the slots of a home programme in
 * the order they are filled (the first slots are the ones a short plan must keep), each slot naming exercise
 * codes (first available wins) or exercise categories (the one nearest the usual difficulty wins). Every
 * source cites its guideline or trial with the evidence status of /work/shared/reference (V verified, S
 * secondary, U unknown); where no trial exists it says so (the texts: {@code texts/plan_*.properties}). No
 * numbers live here.
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
     * A pain source: the conditions that share it, its region and its slots. The reason and citation each of its
     * exercises carries and what the clinician is told once are texts ({@code rule.<source>.*} in
     * {@link PlanWording}'s bundle, English and Spanish); a source no rule names ({@code region} "other") has the
     * generic reason and no note.
     */
    record Rule(String source, String region, List<String> conditionCodes, List<Slot> slots) {

        static final String OTHER = "other";

        private String key() {
            return OTHER.equals(region) ? "rule.generic" : "rule." + source;
        }

        /** Why its exercises are in the plan; {@code conditionName} names the condition of a generic source. */
        String reason(String language, String conditionName) {
            return PlanWording.format(key() + ".reason", language, java.util.Map.of("condition", conditionName));
        }

        String citation(String language) {
            return PlanWording.text(key() + ".citation", language);
        }

        /** What the clinician is told once about this source; empty for a generic one. */
        Optional<String> note(String language) {
            return OTHER.equals(region) ? Optional.empty() : Optional.of(PlanWording.text(key() + ".note", language));
        }
    }

    static final String HIP_SPINE_SYNDROME = "hip-spine-syndrome";

    static final List<Rule> RULES = List.of(
            new Rule("hip-osteoarthritis", "hip", List.of("hip-osteoarthritis"),
                    List.of(Slot.categories("hip-strengthening"), Slot.codes("walking", "cycling"),
                            Slot.categories("hip-strengthening"), Slot.categories("hip-mobility"),
                            Slot.categories("balance"))),
            new Rule("femoroacetabular-impingement", "hip", List.of("femoroacetabular-impingement", "iliopsoas-dysfunction"),
                    List.of(Slot.categories("hip-strengthening"), Slot.categories("hip-mobility", "flexibility"),
                            Slot.categories("core-stability", "motor-control"), Slot.codes("cycling", "walking"),
                            Slot.categories("hip-strengthening"))),
            new Rule("greater-trochanteric-pain-syndrome", "hip", List.of("greater-trochanteric-pain-syndrome"),
                    List.of(Slot.codes("isometric-hip-abduction"), Slot.categories("tendon-loading"),
                            Slot.categories("hip-strengthening"), Slot.codes("step-up", "sit-to-stand"),
                            Slot.codes("walking", "cycling"))),
            new Rule("lumbar-disc-herniation-radiculopathy", "lumbar", List.of("lumbar-disc-herniation-radiculopathy"),
                    // no lumbar-mobility slot: extension or flexion only where an assessment found a directional preference
                    List.of(Slot.categories("neural-mobility"), Slot.categories("core-stability"), Slot.codes("walking"),
                            Slot.categories("core-stability"), Slot.categories("motor-control"))),
            new Rule("deep-gluteal-syndrome", "hip", List.of("deep-gluteal-syndrome"),
                    List.of(Slot.categories("neural-mobility"), Slot.categories("flexibility"),
                            Slot.categories("hip-strengthening"), Slot.codes("walking"))),
            new Rule("lumbar-spinal-stenosis", "lumbar", List.of("lumbar-spinal-stenosis"),
                    List.of(Slot.codes("knee-to-chest", "childs-pose", "cat-cow"), Slot.codes("cycling"),
                            Slot.categories("core-stability"),
                            Slot.categories("hip-strengthening"), Slot.categories("motor-control"))),
            new Rule("sacroiliac-joint-pain", "sacroiliac", List.of("sacroiliac-joint-pain", "pelvic-floor-dysfunction"),
                    List.of(Slot.categories("core-stability"), Slot.categories("hip-strengthening"),
                            Slot.categories("core-stability", "pelvic-floor"), Slot.categories("balance"),
                            Slot.categories("motor-control", "breathing"))),
            new Rule("non-specific-low-back-pain", "lumbar", List.of("lumbar-facet-joint-pain", "lumbar-muscle-strain", "anterior-pelvic-tilt"),
                    List.of(Slot.categories("core-stability"), Slot.codes("walking", "cycling", "swimming"),
                            Slot.categories("lumbar-mobility"), Slot.categories("hip-strengthening"),
                            Slot.categories("motor-control"))),
            // only when the syndrome is suspected but no hip or no lumbar source is among the recommendations
            new Rule(HIP_SPINE_SYNDROME, "mixed", List.of(HIP_SPINE_SYNDROME),
                    List.of(Slot.categories("hip-mobility"), Slot.categories("core-stability"),
                            Slot.categories("hip-strengthening"), Slot.categories("motor-control"),
                            Slot.codes("walking", "cycling"))));

    private PrescriptionRules() {
    }

    static Optional<Rule> forCondition(String conditionCode) {
        return RULES.stream().filter(r -> r.conditionCodes().contains(conditionCode)).findFirst();
    }
}
