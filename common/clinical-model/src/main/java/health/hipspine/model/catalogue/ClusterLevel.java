package health.hipspine.model.catalogue;

/**
 * One published threshold of a cluster: applies when at least {@code minimumPositive} items are positive.
 *
 * @param row    the evidence-file row it comes from, e.g. "≥4 of 5"
 */
public record ClusterLevel(int minimumPositive, double likelihoodRatio, String row) {
}
