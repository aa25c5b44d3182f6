package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Load-time checks: a catalogue that breaks a modelling rule never loads. */
final class CatalogueConsistency {

    private CatalogueConsistency() {
    }

    static void check(FindingCatalogue c) {
        for (DifferentialCategory category : DifferentialCategory.values()) {
            require(c.category(category) != null, "category " + category + " missing");
        }
        for (health.hipspine.model.triage.TriageLevel level : health.hipspine.model.triage.TriageLevel.values()) {
            require(c.triageAction(level) != null, "no action for triage level " + level);
        }
        Set<String> clusterItems = new HashSet<>();
        for (ClusterDefinition cluster : c.clusters()) {
            for (ClusterItem item : cluster.items()) {
                if (item.finding() != null) {
                    require(c.find(item.finding()).isPresent(), cluster.code() + " names unknown finding " + item.finding());
                    clusterItems.add(item.finding());
                }
            }
            require(!cluster.levels().isEmpty(), cluster.code() + " has no levels");
            requireStatus(cluster.evidenceStatus(), cluster.code());
        }
        for (FindingDefinition f : c.findings()) {
            List<AccuracyRow> used = f.usedRows();
            require(used.size() <= 1, f.code() + " has more than one row used by the model");
            for (AccuracyRow row : used) {
                // a cluster item is never also applied on its own, nor through another source
                require(!clusterItems.contains(f.code()), f.code() + " is a cluster item but has a used row " + row.id());
                require(f.valueType() == ValueType.BOOLEAN, f.code() + ": only boolean findings carry single LRs");
                require(row.category() != null, row.id() + " used without a category");
                DifferentialCategory.valueOf(row.category());
                require(row.source() != null && !row.source().isBlank(), row.id() + " has no source");
                requireStatus(row.model().evidenceStatus(), row.id());
                require(row.model().likelihoodRatioPositive() != null || row.model().likelihoodRatioNegative() != null,
                        row.id() + " used without any LR");
            }
            if (f.group() == FindingGroup.RED_FLAG) {
                require(used.isEmpty(), f.code() + ": red flags are triage rules, not Bayesian inputs");
            }
        }
        for (AgeEvidence age : c.ageEvidence()) {
            requireStatus(age.evidenceStatus(), age.code());
            require(age.silentWhenClusterApplies() == null || c.cluster(age.silentWhenClusterApplies()).isPresent(),
                    age.code() + " names an unknown cluster");
        }
        for (RedFlagRule rule : c.redFlags()) {
            for (RedFlagCriterion criterion : rule.criteria()) {
                require(criterion.finding() == null || c.find(criterion.finding()).isPresent(),
                        rule.code() + " names unknown finding " + criterion.finding());
            }
        }
    }

    private static void requireStatus(String status, String what) {
        require(status != null && Set.of("V", "S", "C").contains(status),
                what + ": status " + status + " may not be used for scoring (only V, S or C)");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("inconsistent catalogue: " + message);
        }
    }
}
