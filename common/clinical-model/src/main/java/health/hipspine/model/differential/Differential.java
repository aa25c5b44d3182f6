package health.hipspine.model.differential;

import health.hipspine.model.AssessmentInput;
import health.hipspine.model.Finding;
import health.hipspine.model.ModelResult;
import health.hipspine.model.Side;
import health.hipspine.model.catalogue.AccuracyRow;
import health.hipspine.model.catalogue.AgeBand;
import health.hipspine.model.catalogue.AgeEvidence;
import health.hipspine.model.catalogue.CategoryDefinition;
import health.hipspine.model.catalogue.ClusterDefinition;
import health.hipspine.model.catalogue.ClusterItem;
import health.hipspine.model.catalogue.ClusterLevel;
import health.hipspine.model.catalogue.EvidenceCaution;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.ModelUse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Bayesian differential. Each category is scored on its own (they are not mutually exclusive):
 * posterior odds = prior odds x the LRs of the evidence nodes bearing on it. A node is a cluster (one LR
 * chosen by its positive count), an age band, or a single finding with a used accuracy row. Cluster items
 * never carry single rows (the catalogue refuses to load otherwise), so nothing is counted twice.
 */
public final class Differential {

    private final FindingCatalogue catalogue;

    public Differential(FindingCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public DifferentialOutcome score(AssessmentInput input, String language) {
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        for (Finding f : input.findings()) {
            byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
        }
        Map<DifferentialCategory, List<ModelResult.Contribution>> contributions = new EnumMap<>(DifferentialCategory.class);
        for (DifferentialCategory c : DifferentialCategory.values()) {
            contributions.put(c, new ArrayList<>());
        }
        Map<EvidenceCaution, Set<String>> cautions = new TreeMap<>();
        Set<String> scored = new TreeSet<>();

        List<ClusterOutcome> clusterOutcomes = new ArrayList<>();
        Set<String> appliedClusters = new HashSet<>();
        for (ClusterDefinition cluster : catalogue.clusters()) {
            ClusterOutcome outcome = evaluate(cluster, input, byCode);
            clusterOutcomes.add(outcome);
            if (outcome.verdict() == ClusterOutcome.Verdict.APPLIED) {
                appliedClusters.add(cluster.code());
                cluster.items().stream().map(ClusterItem::finding).filter(byCode::containsKey).forEach(scored::add);
                String note = cluster.evidenceNote().in(language) + " [" + outcome.row() + ": " + outcome.positive()
                        + "/" + outcome.total() + " positive" + (outcome.missingItems().isEmpty() ? "" : ", "
                        + outcome.missingItems().size() + " not recorded") + "]";
                add(contributions, cluster.category(), cluster.code(), outcome.likelihoodRatio(), cluster.source(),
                        cluster.evidenceStatus(), note, cluster.cautions(), cautions);
            }
        }
        for (AgeEvidence age : catalogue.ageEvidence()) {
            if (age.silentWhenClusterApplies() != null && appliedClusters.contains(age.silentWhenClusterApplies())) {
                continue;
            }
            for (AgeBand band : age.bands()) {
                if (band.matches(input.age())) {
                    add(contributions, age.category(), "age", band.likelihoodRatio(), age.source(), age.evidenceStatus(),
                            age.evidenceNote().in(language) + " [" + band.row() + "]", age.cautions(), cautions);
                    break;
                }
            }
        }
        for (FindingDefinition def : catalogue.findings()) {
            List<Finding> recorded = byCode.get(def.code());
            if (recorded == null) {
                continue; // not recorded: applies nothing
            }
            for (AccuracyRow row : def.usedRows()) {
                ModelUse use = row.model();
                boolean positive = recorded.stream().anyMatch(f -> Boolean.TRUE.equals(f.value()));
                Double lr = positive ? use.likelihoodRatioPositive() : use.likelihoodRatioNegative();
                scored.add(def.code());
                if (lr == null) {
                    continue; // no LR documented for this direction (e.g. Suri gives only +LR)
                }
                if (use.cautions().contains(EvidenceCaution.SHRUNK)) {
                    lr = Math.pow(lr, catalogue.conventions().lequesneShrinkExponent());
                }
                add(contributions, DifferentialCategory.valueOf(row.category()), def.code(), lr, row.source(),
                        use.evidenceStatus(), use.evidenceNote().in(language), use.cautions(), cautions);
            }
        }

        List<ModelResult.DifferentialEntry> entries = new ArrayList<>();
        for (DifferentialCategory category : DifferentialCategory.values()) {
            CategoryDefinition def = catalogue.category(category);
            double prior = def.preTest().probability();
            double odds = prior / (1 - prior);
            for (ModelResult.Contribution c : contributions.get(category)) {
                odds *= c.likelihoodRatio();
            }
            entries.add(new ModelResult.DifferentialEntry(category, prior, def.preTest().source(),
                    round(odds / (1 + odds), 1000), contributions.get(category), def.conditionCodes()));
        }
        entries.sort(Comparator.comparingDouble(ModelResult.DifferentialEntry::probability).reversed());
        return new DifferentialOutcome(entries, clusterOutcomes, cautions, scored);
    }

    private static void add(Map<DifferentialCategory, List<ModelResult.Contribution>> contributions,
                            DifferentialCategory category, String code, double lr, String source, String status,
                            String note, List<EvidenceCaution> rowCautions, Map<EvidenceCaution, Set<String>> cautions) {
        double applied = round(lr, 100);
        if (applied == 1.0) {
            return;
        }
        contributions.get(category).add(new ModelResult.Contribution(code, applied, Direction.of(applied), source, status, note));
        for (EvidenceCaution caution : rowCautions) {
            cautions.computeIfAbsent(caution, k -> new TreeSet<>()).add(source + " (" + code + ")");
        }
        if ("S".equals(status)) {
            cautions.computeIfAbsent(EvidenceCaution.SECONDARY_SOURCE, k -> new TreeSet<>()).add(source + " (" + code + ")");
        }
    }

    static ClusterOutcome evaluate(ClusterDefinition cluster, AssessmentInput input, Map<String, List<Finding>> byCode) {
        int positive = 0;
        int clinicianRecorded = 0;
        List<String> missing = new ArrayList<>();
        for (ClusterItem item : cluster.items()) {
            if (item.ageAbove() != null) {
                if (input.age() > item.ageAbove()) {
                    positive++;
                }
                continue;
            }
            List<Finding> matching = byCode.getOrDefault(item.finding(), List.of()).stream()
                    .filter(f -> covers(item.side(), f.side())).toList();
            if (matching.isEmpty()) {
                missing.add(item.id());
                continue;
            }
            clinicianRecorded++;
            if (matching.stream().anyMatch(f -> isPositive(item, f))) {
                positive++;
            }
        }
        int total = cluster.items().size();
        for (ClusterLevel level : cluster.levels()) {
            // levels are cumulative thresholds ("at least k of n"), true however the unrecorded items turn out
            if (positive >= level.minimumPositive()) {
                return new ClusterOutcome(cluster, ClusterOutcome.Verdict.APPLIED, positive, total, missing,
                        level.likelihoodRatio(), level.row());
            }
        }
        if (cluster.negative() != null && positive + missing.size() <= cluster.negative().maximumPositive()) {
            return new ClusterOutcome(cluster, ClusterOutcome.Verdict.APPLIED, positive, total, missing,
                    cluster.negative().likelihoodRatio(), cluster.negative().row());
        }
        if (clinicianRecorded == 0) {
            return new ClusterOutcome(cluster, ClusterOutcome.Verdict.NOT_RECORDED, positive, total, missing, null, null);
        }
        return new ClusterOutcome(cluster, missing.isEmpty() ? ClusterOutcome.Verdict.NO_VERDICT
                : ClusterOutcome.Verdict.INCOMPLETE, positive, total, missing, null, null);
    }

    // An item restricted to one side is recorded by a finding on that side or bilateral; a finding without a
    // side fills the left slot, so one unsided Gaenslen result counts once and the other side stays unrecorded.
    private static boolean covers(String itemSide, Side findingSide) {
        if (itemSide == null) {
            return true;
        }
        if (findingSide == null) {
            return "LEFT".equals(itemSide);
        }
        return findingSide == Side.BILATERAL || findingSide.name().equals(itemSide);
    }

    private static boolean isPositive(ClusterItem item, Finding f) {
        if (item.atMost() != null) {
            return f.value() instanceof Number n && n.doubleValue() <= item.atMost();
        }
        return Boolean.TRUE.equals(f.value());
    }

    static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }
}
