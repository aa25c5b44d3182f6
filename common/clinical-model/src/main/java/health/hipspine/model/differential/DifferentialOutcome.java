package health.hipspine.model.differential;

import health.hipspine.model.ModelResult;
import health.hipspine.model.catalogue.EvidenceCaution;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The differential plus what the result needs to explain it.
 *
 * @param entries  all six categories: the leader first (when there is one), then highest probability first
 * @param cautions for each caution, the labels of the applied evidence that carries it
 * @param scoredCodes finding codes that entered the differential (singly, as cluster items or as group members)
 * @param leading  the category the findings raised most, non-specific low back pain when back pain is present and
 *                 nothing specific was raised, or null: no clear source
 * @param groups   correlated groups where members were left out because only the strongest counts
 * @param conventionPriors categories whose prior is the even-odds convention (nothing published matched)
 * @param outOfPopulation categories whose evidence was not applied because the patient lacks the symptoms
 *                 of the study populations (e.g. lumbar evidence without back or leg symptoms)
 * @param adult    false for children and adolescents: the adult evidence was not applied at all
 */
public record DifferentialOutcome(List<ModelResult.DifferentialEntry> entries, List<ClusterOutcome> clusters,
                                  Map<EvidenceCaution, Set<String>> cautions, Set<String> scoredCodes,
                                  DifferentialCategory leading, List<GroupOutcome> groups,
                                  Set<DifferentialCategory> conventionPriors, Set<DifferentialCategory> outOfPopulation,
                                  boolean adult) {

    /** One correlated group in which {@code kept} was applied and {@code left} were not multiplied with it. */
    public record GroupOutcome(String group, String kept, List<String> left, String source) {
        public GroupOutcome {
            left = List.copyOf(left);
        }
    }
}
