package health.hipspine.model.catalogue;

/**
 * One published level of a cluster, applied when the positive count lies in
 * [{@code minimumPositive}, {@code maximumPositive}] (the maximum defaults to every item).
 *
 * @param row        the evidence-file row it comes from, e.g. "≥4 of 5"
 * @param cumulative true when the published row is "at least k": such an LR is exact only for the top interval,
 *                   so the catalogue refuses a cumulative level whose maximum is below the item count
 */
public record ClusterLevel(int minimumPositive, Integer maximumPositive, double likelihoodRatio, String row,
                           boolean cumulative) {

    public ClusterLevel(int minimumPositive, double likelihoodRatio, String row) {
        this(minimumPositive, null, likelihoodRatio, row, true);
    }

    /** The upper end of the interval for a cluster of {@code items} items. */
    public int maximum(int items) {
        return maximumPositive == null ? items : maximumPositive;
    }
}
