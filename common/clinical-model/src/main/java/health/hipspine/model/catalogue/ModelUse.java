package health.hipspine.model.catalogue;

import java.util.List;

/**
 * Whether and how the scoring uses one accuracy row.
 *
 * @param used                    true when the differential applies this row
 * @param reason                  why it is used, or why not (e.g. "OR, not LR", "U: not shipped")
 * @param likelihoodRatioPositive LR applied when the finding is positive; null = nothing applied
 * @param likelihoodRatioNegative LR applied when the finding is recorded negative; null = nothing applied
 * @param evidenceStatus          V, S or C: the weakest status behind the applied numbers
 * @param cautions                what makes the applied numbers weaker than they look
 * @param evidenceNote            shown next to the contribution in every result
 */
public record ModelUse(
        boolean used,
        String reason,
        Double likelihoodRatioPositive,
        Double likelihoodRatioNegative,
        String evidenceStatus,
        List<EvidenceCaution> cautions,
        LocalizedText evidenceNote) {

    public ModelUse {
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }
}
