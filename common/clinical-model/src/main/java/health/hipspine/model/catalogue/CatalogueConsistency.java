package health.hipspine.model.catalogue;

import health.hipspine.model.differential.DifferentialCategory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Load-time checks: a catalogue that breaks a modelling rule never loads. */
final class CatalogueConsistency {

    private static final Set<String> SCORABLE = Set.of("V", "S", "C");

    private CatalogueConsistency() {
    }

    static void check(FindingCatalogue c) {
        for (DifferentialCategory category : DifferentialCategory.values()) {
            CategoryDefinition def = c.category(category);
            require(def != null, "category " + category + " missing");
            cited(def.preTest().source(), category + " pre-test probability");
            for (PriorRow prior : def.priors()) {
                // an uncited prevalence, or one whose status may not be scored, never loads
                cited(prior.source(), category + " prior " + prior.probability());
                requireStatus(prior.evidenceStatus(), category + " prior from " + prior.source());
                require(prior.setting() == null || health.hipspine.model.Setting.fromWire(prior.setting()) != null,
                        category + " prior names unknown setting " + prior.setting());
                prior.presentation().forEach(code -> known(c, code, category + " prior"));
            }
            def.requiresAnyOf().forEach(code -> known(c, code, category + " population"));
        }
        for (health.hipspine.model.triage.TriageLevel level : health.hipspine.model.triage.TriageLevel.values()) {
            require(c.triageAction(level) != null, "no action for triage level " + level);
            require(c.triageAction(level).patientAdvice() != null, "no patient advice for triage level " + level);
        }
        Set<String> clusterItems = new HashSet<>();
        for (ClusterDefinition cluster : c.clusters()) {
            for (ClusterItem item : cluster.items()) {
                if (item.finding() != null) {
                    known(c, item.finding(), cluster.code());
                    clusterItems.add(item.finding());
                }
            }
            require(!cluster.levels().isEmpty(), cluster.code() + " has no levels");
            cited(cluster.source(), cluster.code());
            requireStatus(cluster.evidenceStatus(), cluster.code());
            checkIntervals(cluster);
            cluster.requiresAnyOf().forEach(code -> known(c, code, cluster.code() + " population"));
            if (cluster.subRule() != null) {
                Set<String> ids = new HashSet<>();
                cluster.items().forEach(i -> ids.add(i.id()));
                require(ids.containsAll(cluster.subRule().items()), cluster.code() + " sub-rule names unknown items");
            }
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
                cited(row.source(), row.id());
                requireStatus(row.model().evidenceStatus(), row.id());
                require(row.model().likelihoodRatioPositive() != null || row.model().likelihoodRatioNegative() != null,
                        row.id() + " used without any LR");
                List<EvidenceCaution> cautions = row.model().cautions();
                // case-control and other-reference figures are bounded, never applied as published
                require(!cautions.contains(EvidenceCaution.CASE_CONTROL) || cautions.contains(EvidenceCaution.SHRUNK),
                        row.id() + ": a case-control LR must be shrunk");
                require(!cautions.contains(EvidenceCaution.REFERENCE_STANDARD_MISMATCH)
                        || cautions.contains(EvidenceCaution.SHRUNK), row.id() + ": an other-reference LR must be shrunk");
            }
            if (f.group() == FindingGroup.RED_FLAG) {
                require(used.isEmpty(), f.code() + ": red flags are triage rules, not Bayesian inputs");
            }
        }
        for (AgeEvidence age : c.ageEvidence()) {
            cited(age.source(), age.code());
            requireStatus(age.evidenceStatus(), age.code());
            require(age.silentWhenClusterApplies() == null || c.cluster(age.silentWhenClusterApplies()).isPresent(),
                    age.code() + " names an unknown cluster");
        }
        checkGroups(c);
        for (RedFlagRule rule : c.redFlags()) {
            cited(rule.source(), rule.code());
            for (RedFlagCriterion criterion : rule.criteria()) {
                if (criterion.finding() != null) {
                    known(c, criterion.finding(), rule.code());
                }
                if (criterion.anyOf() != null) {
                    criterion.anyOf().forEach(code -> known(c, code, rule.code()));
                    require(criterion.required() <= criterion.anyOf().size(), rule.code() + " asks for more than it lists");
                }
            }
        }
    }

    // Count intervals must not overlap, and an "at least k" figure is exact only for its top interval (k..n).
    private static void checkIntervals(ClusterDefinition cluster) {
        int n = cluster.items().size();
        boolean[] covered = new boolean[n + 1];
        for (ClusterLevel level : cluster.levels()) {
            int max = level.maximum(n);
            require(level.minimumPositive() >= 0 && level.minimumPositive() <= max && max <= n,
                    cluster.code() + " level " + level.row() + " is not an interval of 0.." + n);
            require(!level.cumulative() || max == n, cluster.code() + ": the cumulative LR '" + level.row()
                    + "' is used as exact for " + level.minimumPositive() + ".." + max + " of " + n);
            for (int k = level.minimumPositive(); k <= max; k++) {
                require(!covered[k], cluster.code() + ": two levels cover " + k + " positive");
                covered[k] = true;
            }
        }
        if (cluster.negative() != null) {
            for (int k = 0; k <= cluster.negative().maximumPositive(); k++) {
                require(!covered[k], cluster.code() + ": the rule-out overlaps a positive level at " + k);
            }
        }
    }

    private static void checkGroups(FindingCatalogue c) {
        Map<String, String> groupOf = new HashMap<>();
        for (CorrelatedGroup group : c.correlatedGroups()) {
            cited(group.source(), group.code());
            // correlated findings are one node: the strongest member or a published joint figure, never the product
            require(CorrelatedGroup.STRONGEST.equals(group.combine()), group.code() + ": combine '" + group.combine()
                    + "' would score two members of one correlated group together");
            require(group.members().size() >= 2, group.code() + " needs two members");
            for (String member : group.members()) {
                String previous = groupOf.put(member, group.code());
                require(previous == null, member + " is in two correlated groups: " + previous + ", " + group.code());
                DifferentialCategory category = c.cluster(member).map(ClusterDefinition::category)
                        .or(() -> c.find(member).flatMap(f -> f.usedRows().stream().findFirst())
                                .map(r -> DifferentialCategory.valueOf(r.category())))
                        .orElse(null);
                boolean inJoint = group.joint().stream().anyMatch(j -> j.allPositive().contains(member));
                require(category != null || (inJoint && c.find(member).isPresent()),
                        group.code() + ": member " + member + " is neither a cluster, a scored finding nor in a joint figure");
                require(category == null || category == group.category(), group.code() + ": member " + member + " bears on " + category);
            }
            for (CorrelatedGroup.JointFigure joint : group.joint()) {
                cited(joint.source(), group.code() + " joint figure");
                requireStatus(joint.evidenceStatus(), group.code() + " joint figure");
                joint.allPositive().forEach(code -> known(c, code, group.code()));
            }
        }
    }

    private static void known(FindingCatalogue c, String code, String where) {
        require(c.find(code).isPresent(), where + " names unknown finding " + code);
    }

    private static void cited(String source, String what) {
        require(source != null && !source.isBlank(), what + " has no source: every number cites its source");
    }

    private static void requireStatus(String status, String what) {
        require(status != null && SCORABLE.contains(status),
                what + ": status " + status + " may not be used for scoring (only V, S or C)");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException("inconsistent catalogue: " + message);
        }
    }
}
