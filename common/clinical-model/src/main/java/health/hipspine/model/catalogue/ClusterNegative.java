package health.hipspine.model.catalogue;

/**
 * The rule-out verdict of a cluster: applies only when even the unrecorded items could not lift the
 * positive count above {@code maximumPositive} (recorded positives + unrecorded items ≤ maximumPositive).
 */
public record ClusterNegative(int maximumPositive, double likelihoodRatio, String row) {
}
