package health.hipspine.model.differential;

import health.hipspine.model.catalogue.ClusterDefinition;

import java.util.List;

/**
 * How a cluster was scored.
 *
 * @param verdict    APPLIED (an LR was applied), INCOMPLETE (unrecorded items could change the verdict),
 *                   NO_VERDICT (all recorded, but the source publishes no LR for this count) or NOT_RECORDED
 * @param missingItems ids of items not recorded
 */
public record ClusterOutcome(ClusterDefinition cluster, Verdict verdict, int positive, int total,
                             List<String> missingItems, Double likelihoodRatio, String row) {

    public enum Verdict { APPLIED, INCOMPLETE, NO_VERDICT, NOT_RECORDED }

    public ClusterOutcome {
        missingItems = List.copyOf(missingItems);
    }
}
