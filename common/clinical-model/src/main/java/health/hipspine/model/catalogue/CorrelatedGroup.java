package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.List;

/**
 * Findings or clusters that measure overlapping things, so their LRs are not independent. The group is one
 * evidence node: a published joint figure when one matches, otherwise only its strongest member
 * (largest |log LR|). Never the product.
 *
 * @param members finding codes and cluster codes
 * @param joint   published joint figures, checked first (all listed findings positive)
 */
public record CorrelatedGroup(String code, DifferentialCategory category, List<String> members, String combine,
                              List<JointFigure> joint, String source, LocalizedText note) {

    public static final String STRONGEST = "STRONGEST";

    public CorrelatedGroup {
        members = List.copyOf(members);
        joint = joint == null ? List.of() : List.copyOf(joint);
    }

    /** A published LR for several findings positive together, e.g. femoral stretch + patellar reflex (Suri 2011). */
    public record JointFigure(String code, List<String> allPositive, double likelihoodRatio, String source,
                              String evidenceStatus, LocalizedText note) {
        public JointFigure {
            allPositive = List.copyOf(allPositive);
        }
    }
}
