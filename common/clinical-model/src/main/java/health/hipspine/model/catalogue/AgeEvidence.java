package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.List;

/**
 * Age as a likelihood-ratio input (Suri 2010 for stenosis). Silent while {@code silentWhenClusterApplies}
 * gives a verdict, because age is one of that cluster's items.
 */
public record AgeEvidence(
        String code,
        int version,
        DifferentialCategory category,
        List<AgeBand> bands,
        String silentWhenClusterApplies,
        String source,
        String evidenceStatus,
        List<EvidenceCaution> cautions,
        LocalizedText evidenceNote) {

    public AgeEvidence {
        bands = List.copyOf(bands);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
    }
}
