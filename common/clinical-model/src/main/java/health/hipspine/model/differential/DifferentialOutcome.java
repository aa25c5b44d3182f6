package health.hipspine.model.differential;

import health.hipspine.model.ModelResult;
import health.hipspine.model.catalogue.EvidenceCaution;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differential plus what the result needs to explain it.
 *
 * @param entries  all six categories, highest probability first (ties in category order)
 * @param cautions for each caution, the labels of the applied evidence that carries it
 * @param scoredCodes finding codes that entered the differential (singly or as cluster items)
 */
public record DifferentialOutcome(List<ModelResult.DifferentialEntry> entries, List<ClusterOutcome> clusters,
                                  Map<EvidenceCaution, Set<String>> cautions, Set<String> scoredCodes) {
}
