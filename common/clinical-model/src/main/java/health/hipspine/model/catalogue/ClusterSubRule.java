package health.hipspine.model.catalogue;

import java.util.List;

/**
 * A published positive rule inside a cluster whose own figures are not verified (e.g. Laslett's "any 2 of the
 * best 4"). When it is met, the cluster's rule-out LR would contradict it, so the cluster applies nothing.
 */
public record ClusterSubRule(List<String> items, int atLeast, String row, LocalizedText reason) {

    public ClusterSubRule {
        items = List.copyOf(items);
    }
}
