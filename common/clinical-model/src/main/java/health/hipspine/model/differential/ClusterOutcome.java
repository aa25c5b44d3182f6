package health.hipspine.model.differential;

import health.hipspine.model.catalogue.ClusterDefinition;

import java.util.List;

/**
 * How a cluster was scored.
 *
 * @param verdict    APPLIED (an LR was applied), INCOMPLETE (unrecorded items could change the verdict),
 *                   NO_VERDICT (all recorded, but the source publishes no LR for this count), NOT_RECORDED, or
 *                   OUT_OF_POPULATION (the patient lacks the symptoms of the study population, e.g. Cook without
 *                   back pain)
 * @param missingItems ids of items not recorded
 * @param side       the side the items were counted on when the cluster needs one side (Sutlive), else null
 */
public record ClusterOutcome(ClusterDefinition cluster, Verdict verdict, int positive, int total,
                             List<String> missingItems, Double likelihoodRatio, String row, String side) {

    public enum Verdict { APPLIED, INCOMPLETE, NO_VERDICT, NOT_RECORDED, OUT_OF_POPULATION }

    public ClusterOutcome {
        missingItems = List.copyOf(missingItems);
    }

    public ClusterOutcome(ClusterDefinition cluster, Verdict verdict, int positive, int total,
                          List<String> missingItems, Double likelihoodRatio, String row) {
        this(cluster, verdict, positive, total, missingItems, likelihoodRatio, row, null);
    }
}
