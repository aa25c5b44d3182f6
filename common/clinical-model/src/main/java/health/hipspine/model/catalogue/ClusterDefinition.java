package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.List;

/**
 * A clinical cluster scored as ONE node (Sutlive, Cook, Laslett): its LR is chosen by how many items are
 * positive, and its items are never applied individually.
 *
 * @param levels   published thresholds, highest first
 * @param negative rule-out verdict, or null when the source gives none
 * @param accuracy the cluster's rows as the evidence file gives them (including rows not used)
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
        List<AccuracyRow> accuracy) {

    public ClusterDefinition {
        items = List.copyOf(items);
        levels = List.copyOf(levels);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        accuracy = accuracy == null ? List.of() : List.copyOf(accuracy);
    }
}
