package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.List;

/**
 * A clinical cluster scored as ONE node (Sutlive, Cook, Laslett): its LR is chosen by how many items are
 * positive, and its items are never applied individually.
 *
 * @param levels        published count intervals, highest first
 * @param negative      rule-out verdict, or null when the source gives none
 * @param subRule       an unverified positive rule inside the cluster that blocks the rule-out, or null
 * @param requiresAnyOf the study population: the cluster applies only when one of these findings is positive
 * @param sameSide      items must come from one side (Sutlive: one painful hip); unsided items count on both
 * @param accuracy      the cluster's rows as the evidence file gives them (including rows not used)
 */
public record ClusterDefinition(
        String code,
        int version,
        DifferentialCategory category,
        LocalizedText name,
        List<ClusterItem> items,
        List<ClusterLevel> levels,
        ClusterNegative negative,
        String source,
        String evidenceStatus,
        List<EvidenceCaution> cautions,
        LocalizedText evidenceNote,
        List<AccuracyRow> accuracy,
        ClusterSubRule subRule,
        List<String> requiresAnyOf,
        boolean sameSide) {

    public ClusterDefinition {
        items = List.copyOf(items);
        levels = List.copyOf(levels);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        accuracy = accuracy == null ? List.of() : List.copyOf(accuracy);
        requiresAnyOf = requiresAnyOf == null ? List.of() : List.copyOf(requiresAnyOf);
    }
}
