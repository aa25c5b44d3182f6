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
import health.hipspine.model.catalogue.CorrelatedGroup;
import health.hipspine.model.catalogue.EvidenceCaution;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.ModelConventions;
import health.hipspine.model.catalogue.ModelUse;
import health.hipspine.model.catalogue.PriorRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Bayesian differential. Each category is scored on its own (they are not mutually exclusive):
 * posterior odds = prior odds x the LRs of the evidence nodes bearing on it. A node is a cluster (one LR chosen
 * by its positive count interval), an age band, a single finding with a used accuracy row, or a correlated
 * group (its strongest member or a published joint figure). Non-specific low back pain is the residual:
 * 1 minus the chance of a specific spinal or sacroiliac source.
 */
public final class Differential {

    /** The code of age contributions; age is never a "finding" when deciding what raised a category. */
    public static final String AGE = "age";

    private final FindingCatalogue catalogue;
    private final ModelConventions conventions;
    private final Map<String, CorrelatedGroup> groupOfMember = new HashMap<>();

    public Differential(FindingCatalogue catalogue) {
        this.catalogue = catalogue;
        this.conventions = catalogue.conventions();
        for (CorrelatedGroup g : catalogue.correlatedGroups()) {
            g.members().forEach(m -> groupOfMember.put(m, g));
        }
    }

    /** A bracketed evidence-note annotation in the result's language (catalogue messages {@code note.*}). */
    private String note(String code, String language, Map<String, String> values) {
        return catalogue.message(code).text().format(values).in(language);
    }

    /** Finding (or cluster) names for a text, in {@code language}. */
    private String labels(List<String> codes, String language) {
        return String.join(", ", codes.stream().map(c -> catalogue.label(c, language)).toList());
    }

    /** One candidate LR before correlated groups are resolved. */
    private record Node(String code, DifferentialCategory category, double lr, String source, String status,
                        String note, List<EvidenceCaution> cautions, String silentWhen) {
        Node(String code, DifferentialCategory category, double lr, String source, String status, String note,
             List<EvidenceCaution> cautions) {
            this(code, category, lr, source, status, note, cautions, null);
        }
    }

    public DifferentialOutcome score(AssessmentInput input, String language) {
        return score(input, language, false);
    }

    /**
     * @param seriousPathologySuspected true when triage is URGENT or EMERGENCY: "non-specific" would then be the
     *                                  wrong word, so the residual never leads (only a category findings raised can)
     */
    public DifferentialOutcome score(AssessmentInput input, String language, boolean seriousPathologySuspected) {
        Map<String, List<Finding>> byCode = new LinkedHashMap<>();
        for (Finding f : input.findings()) {
            byCode.computeIfAbsent(f.code(), k -> new ArrayList<>()).add(f);
        }
        boolean adult = input.age() >= conventions.adultAge();
        Set<DifferentialCategory> outOfPopulation = EnumSet.noneOf(DifferentialCategory.class);
        for (CategoryDefinition def : catalogue.categories()) {
            if (!def.requiresAnyOf().isEmpty() && def.requiresAnyOf().stream().noneMatch(input::positive)) {
                outOfPopulation.add(def.code());
            }
        }
        List<Node> nodes = new ArrayList<>();
        Set<String> scored = new TreeSet<>();
        List<ClusterOutcome> clusterOutcomes = new ArrayList<>();
        if (adult) {
            for (ClusterDefinition cluster : catalogue.clusters()) {
                ClusterOutcome outcome = inPopulation(cluster, input, outOfPopulation)
                        ? evaluate(cluster, input, byCode)
                        : new ClusterOutcome(cluster, ClusterOutcome.Verdict.OUT_OF_POPULATION, 0, cluster.items().size(),
                        List.of(), null, null);
                clusterOutcomes.add(outcome);
                if (outcome.verdict() == ClusterOutcome.Verdict.APPLIED) {
                    cluster.items().stream().map(ClusterItem::finding).filter(byCode::containsKey).forEach(scored::add);
                    List<String> count = new ArrayList<>();
                    count.add(note("note.cluster-count", language, Map.of("positive", Integer.toString(outcome.positive()),
                            "total", Integer.toString(outcome.total()))));
                    if (outcome.side() != null) {
                        count.add(note("note.side-" + outcome.side().toLowerCase(Locale.ROOT), language, Map.of()));
                    }
                    if (!outcome.missingItems().isEmpty()) {
                        count.add(note("note.cluster-not-recorded", language,
                                Map.of("count", Integer.toString(outcome.missingItems().size()))));
                    }
                    String note = cluster.evidenceNote().in(language) + " [" + outcome.row() + ": " + String.join(", ", count) + "]";
                    nodes.add(new Node(cluster.code(), cluster.category(), outcome.likelihoodRatio(), cluster.source(),
                            cluster.evidenceStatus(), note, cluster.cautions()));
                }
            }
            for (AgeEvidence age : catalogue.ageEvidence()) {
                if (outOfPopulation.contains(age.category())) {
                    continue;
                }
                for (AgeBand band : age.bands()) {
                    if (band.matches(input.age())) {
                        // silenced later only if the cluster that counts age is itself applied (not left out of its group)
                        nodes.add(new Node(AGE, age.category(), band.likelihoodRatio(), age.source(), age.evidenceStatus(),
                                age.evidenceNote().in(language) + " [" + band.row() + "]", age.cautions(),
                                age.silentWhenClusterApplies()));
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
                    DifferentialCategory category = DifferentialCategory.valueOf(row.category());
                    if (outOfPopulation.contains(category)) {
                        continue;
                    }
                    ModelUse use = row.model();
                    boolean positive = recorded.stream().anyMatch(f -> Boolean.TRUE.equals(f.value()));
                    Double lr = positive ? use.likelihoodRatioPositive() : use.likelihoodRatioNegative();
                    scored.add(def.code());
                    if (lr == null) {
                        continue; // no LR documented for this direction (e.g. Suri gives only +LR)
                    }
                    if (use.cautions().contains(EvidenceCaution.SHRUNK)) {
                        lr = Math.pow(lr, conventions.lequesneShrinkExponent());
                    }
                    nodes.add(new Node(def.code(), category, lr, row.source(), use.evidenceStatus(),
                            use.evidenceNote().in(language), use.cautions()));
                }
            }
        }
        List<DifferentialOutcome.GroupOutcome> groupOutcomes = new ArrayList<>();
        List<Node> resolved = resolveGroups(nodes, input, language, groupOutcomes, scored, outOfPopulation, adult);

        Map<DifferentialCategory, List<ModelResult.Contribution>> contributions = new EnumMap<>(DifferentialCategory.class);
        for (DifferentialCategory c : DifferentialCategory.values()) {
            contributions.put(c, new ArrayList<>());
        }
        Map<EvidenceCaution, Set<String>> cautions = new TreeMap<>();
        for (Node n : resolved) {
            add(contributions, n, cautions, language);
        }
        return entries(input, contributions, clusterOutcomes, cautions, scored, groupOutcomes, outOfPopulation, adult,
                seriousPathologySuspected);
    }

    private static boolean inPopulation(ClusterDefinition cluster, AssessmentInput input,
                                        Set<DifferentialCategory> outOfPopulation) {
        return !outOfPopulation.contains(cluster.category())
                && (cluster.requiresAnyOf().isEmpty() || cluster.requiresAnyOf().stream().anyMatch(input::positive));
    }

    // A correlated group is one node: a published joint figure when all its findings are positive, else the
    // member with the largest |log LR|. The others are reported, never multiplied in.
    private List<Node> resolveGroups(List<Node> nodes, AssessmentInput input, String language,
                                     List<DifferentialOutcome.GroupOutcome> out, Set<String> scored,
                                     Set<DifferentialCategory> outOfPopulation, boolean adult) {
        Map<String, List<Node>> byGroup = new LinkedHashMap<>();
        List<Node> resolved = new ArrayList<>();
        for (Node n : nodes) {
            CorrelatedGroup g = groupOfMember.get(n.code());
            if (g == null) {
                resolved.add(n);
            } else {
                byGroup.computeIfAbsent(g.code(), k -> new ArrayList<>()).add(n);
            }
        }
        for (CorrelatedGroup g : catalogue.correlatedGroups()) {
            if (!adult || outOfPopulation.contains(g.category())) {
                continue;
            }
            List<Node> members = byGroup.getOrDefault(g.code(), List.of());
            Node kept = null;
            for (CorrelatedGroup.JointFigure joint : g.joint()) {
                if (joint.allPositive().stream().allMatch(input::positive)) {
                    kept = new Node(joint.code(), g.category(), joint.likelihoodRatio(), joint.source(),
                            joint.evidenceStatus(), joint.note().in(language), List.of());
                    scored.addAll(joint.allPositive());
                    break;
                }
            }
            if (kept == null) {
                kept = members.stream().max(Comparator.comparingDouble(n -> Math.abs(Math.log(n.lr())))).orElse(null);
            }
            if (kept == null) {
                continue;
            }
            String keptCode = kept.code();
            List<String> left = members.stream().map(Node::code).filter(c -> !c.equals(keptCode)).toList();
            if (!left.isEmpty()) {
                kept = new Node(kept.code(), kept.category(), kept.lr(), kept.source(), kept.status(),
                        kept.note() + " [" + note("note.correlated-kept", language, Map.of("group", g.code(),
                                "count", Integer.toString(members.size()), "left", labels(left, language))) + "]", kept.cautions());
                out.add(new DifferentialOutcome.GroupOutcome(g.code(), keptCode, left, g.source()));
            }
            resolved.add(kept);
        }
        Set<String> kept = new HashSet<>();
        resolved.forEach(n -> kept.add(n.code()));
        resolved.removeIf(n -> n.silentWhen() != null && kept.contains(n.silentWhen()));
        return resolved;
    }

    private DifferentialOutcome entries(AssessmentInput input,
                                        Map<DifferentialCategory, List<ModelResult.Contribution>> contributions,
                                        List<ClusterOutcome> clusterOutcomes, Map<EvidenceCaution, Set<String>> cautions,
                                        Set<String> scored, List<DifferentialOutcome.GroupOutcome> groups,
                                        Set<DifferentialCategory> outOfPopulation, boolean adult,
                                        boolean seriousPathologySuspected) {
        Map<DifferentialCategory, ModelResult.DifferentialEntry> byCategory = new EnumMap<>(DifferentialCategory.class);
        Set<DifferentialCategory> convention = EnumSet.noneOf(DifferentialCategory.class);
        CategoryDefinition residual = null;
        for (CategoryDefinition def : catalogue.categories()) {
            if (def.residual()) {
                residual = def;
                continue;
            }
            PriorRow row = adult ? prior(def, input) : null;
            double prior = row == null ? def.preTest().probability() : row.probability();
            String source = row == null ? def.preTest().source() : row.source();
            if (row == null && def.preTest().isConvention()) {
                convention.add(def.code());
            }
            double odds = prior / (1 - prior);
            for (ModelResult.Contribution c : contributions.get(def.code())) {
                odds *= c.likelihoodRatio();
            }
            byCategory.put(def.code(), new ModelResult.DifferentialEntry(def.code(), prior, source,
                    round(odds / (1 + odds), 1000), contributions.get(def.code()), def.conditionCodes()));
        }
        if (residual != null) {
            // the residual explanation for back pain: no specific spinal or sacroiliac source
            double pre = 1;
            double post = 1;
            for (ModelResult.DifferentialEntry e : byCategory.values()) {
                if (e.category().region() != DifferentialCategory.Region.HIP) {
                    pre *= 1 - e.preTestProbability();
                    post *= 1 - e.probability();
                }
            }
            byCategory.put(residual.code(), new ModelResult.DifferentialEntry(residual.code(), round(pre, 1000),
                    residual.preTest().source(), round(post, 1000), List.of(), residual.conditionCodes()));
        }
        DifferentialCategory leading = adult ? leading(byCategory, input, seriousPathologySuspected) : null;
        List<ModelResult.DifferentialEntry> entries = new ArrayList<>(byCategory.values());
        entries.sort(Comparator.comparing((ModelResult.DifferentialEntry e) -> e.category() != leading)
                .thenComparing(Comparator.comparingDouble(ModelResult.DifferentialEntry::probability).reversed()));
        return new DifferentialOutcome(entries, clusterOutcomes, cautions, scored, leading, groups, convention,
                outOfPopulation, adult);
    }

    // Leader only with evidence: the most probable category that findings (not age) raised; otherwise the
    // residual when back pain is recorded; otherwise none.
    private DifferentialCategory leading(Map<DifferentialCategory, ModelResult.DifferentialEntry> entries,
                                         AssessmentInput input, boolean seriousPathologySuspected) {
        DifferentialCategory best = null;
        double bestP = -1;
        for (ModelResult.DifferentialEntry e : entries.values()) {
            if (raisedByFindings(e) && e.probability() > bestP) {
                best = e.category();
                bestP = e.probability();
            }
        }
        if (best != null || seriousPathologySuspected) {
            return best;
        }
        CategoryDefinition residual = catalogue.categories().stream().filter(CategoryDefinition::residual).findFirst().orElse(null);
        if (residual != null && residual.requiresAnyOf().stream().anyMatch(input::positive)) {
            return residual.code();
        }
        return null;
    }

    /** The product of the LRs of everything except age: how far the findings moved this category. */
    public static double findingShift(ModelResult.DifferentialEntry e) {
        double shift = 1;
        for (ModelResult.Contribution c : e.contributions()) {
            if (!AGE.equals(c.findingCode())) {
                shift *= c.likelihoodRatio();
            }
        }
        return shift;
    }

    /** True when findings other than age moved this category up. */
    public static boolean raisedByFindings(ModelResult.DifferentialEntry e) {
        return findingShift(e) > 1.0;
    }

    private PriorRow prior(CategoryDefinition def, AssessmentInput input) {
        for (PriorRow row : def.priors()) {
            boolean setting = row.setting() == null || row.setting().equals(input.setting().wire());
            boolean presentation = row.presentation().isEmpty() || row.presentation().stream().anyMatch(input::positive);
            boolean age = row.minimumAge() == null || input.age() >= row.minimumAge();
            if (setting && presentation && age) {
                return row;
            }
        }
        return null;
    }

    private void add(Map<DifferentialCategory, List<ModelResult.Contribution>> contributions, Node n,
                     Map<EvidenceCaution, Set<String>> cautions, String language) {
        double applied = round(n.lr(), 100);
        if (applied == 1.0) {
            return;
        }
        contributions.get(n.category()).add(new ModelResult.Contribution(n.code(), applied, Direction.of(applied),
                n.source(), n.status(), n.note()));
        // warnings name the finding as a clinician does; the code stays in the contribution
        String label = n.source() + " (" + catalogue.label(n.code(), language) + ")";
        for (EvidenceCaution caution : n.cautions()) {
            cautions.computeIfAbsent(caution, k -> new TreeSet<>()).add(label);
        }
        if ("S".equals(n.status())) {
            cautions.computeIfAbsent(EvidenceCaution.SECONDARY_SOURCE, k -> new TreeSet<>()).add(label);
        }
    }

    /** Scores a cluster; one that needs a single side is counted per side and the side with more positives is used. */
    static ClusterOutcome evaluate(ClusterDefinition cluster, AssessmentInput input, Map<String, List<Finding>> byCode) {
        if (!cluster.sameSide()) {
            return evaluate(cluster, input, byCode, null);
        }
        ClusterOutcome left = evaluate(cluster, input, byCode, Side.LEFT);
        ClusterOutcome right = evaluate(cluster, input, byCode, Side.RIGHT);
        Comparator<ClusterOutcome> order = Comparator.comparingInt(ClusterOutcome::positive)
                .thenComparing(o -> o.verdict() == ClusterOutcome.Verdict.APPLIED)
                .thenComparing(o -> -o.missingItems().size());
        return order.compare(left, right) >= 0 ? left : right;
    }

    private static ClusterOutcome evaluate(ClusterDefinition cluster, AssessmentInput input,
                                           Map<String, List<Finding>> byCode, Side side) {
        int positive = 0;
        int clinicianRecorded = 0;
        List<String> missing = new ArrayList<>();
        Set<String> positiveIds = new HashSet<>();
        for (ClusterItem item : cluster.items()) {
            if (item.ageAbove() != null) {
                if (input.age() > item.ageAbove()) {
                    positive++;
                    positiveIds.add(item.id());
                }
                continue;
            }
            List<Finding> matching = byCode.getOrDefault(item.finding(), List.of()).stream()
                    .filter(f -> side == null ? covers(item.side(), f.side()) : onSide(side, f.side())).toList();
            if (matching.isEmpty()) {
                missing.add(item.id());
                continue;
            }
            clinicianRecorded++;
            if (matching.stream().anyMatch(f -> isPositive(item, f))) {
                positive++;
                positiveIds.add(item.id());
            }
        }
        int total = cluster.items().size();
        String sideName = side == null ? null : side.name();
        for (ClusterLevel level : cluster.levels()) {
            // an interval applies only when no way of filling the unrecorded items could take the count out of it
            if (positive >= level.minimumPositive() && positive + missing.size() <= level.maximum(total)) {
                return new ClusterOutcome(cluster, ClusterOutcome.Verdict.APPLIED, positive, total, missing,
                        level.likelihoodRatio(), level.row(), sideName);
            }
        }
        boolean subRuleMet = cluster.subRule() != null
                && cluster.subRule().items().stream().filter(positiveIds::contains).count() >= cluster.subRule().atLeast();
        if (!subRuleMet && cluster.negative() != null && positive + missing.size() <= cluster.negative().maximumPositive()) {
            return new ClusterOutcome(cluster, ClusterOutcome.Verdict.APPLIED, positive, total, missing,
                    cluster.negative().likelihoodRatio(), cluster.negative().row(), sideName);
        }
        if (clinicianRecorded == 0) {
            return new ClusterOutcome(cluster, ClusterOutcome.Verdict.NOT_RECORDED, positive, total, missing, null, null, sideName);
        }
        return new ClusterOutcome(cluster, missing.isEmpty() || subRuleMet ? ClusterOutcome.Verdict.NO_VERDICT
                : ClusterOutcome.Verdict.INCOMPLETE, positive, total, missing, null, subRuleMet ? cluster.subRule().row() : null, sideName);
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

    // For a one-side cluster: a finding on that side, bilateral, or without a side (a symptom) counts.
    private static boolean onSide(Side side, Side findingSide) {
        return findingSide == null || findingSide == Side.BILATERAL || findingSide == side;
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
