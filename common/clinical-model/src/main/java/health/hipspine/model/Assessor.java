package health.hipspine.model;

import health.hipspine.model.catalogue.ClusterItem;
import health.hipspine.model.catalogue.EvidenceCaution;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.Message;
import health.hipspine.model.catalogue.ModelConventions;
import health.hipspine.model.differential.ClusterOutcome;
import health.hipspine.model.differential.Differential;
import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.differential.DifferentialOutcome;
import health.hipspine.model.questionnaire.QuestionnaireScores;
import health.hipspine.model.questionnaire.QuestionnaireScoring;
import health.hipspine.model.questionnaire.StartBackRisk;
import health.hipspine.model.triage.ActionLevel;
import health.hipspine.model.triage.RedFlagTriage;
import health.hipspine.model.triage.TriageLevel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Puts triage, differential and questionnaires together and explains them. Stateless after construction. */
final class Assessor {

    private final FindingCatalogue catalogue;
    private final String version;
    private final RedFlagTriage triage;
    private final Differential differential;
    private final QuestionnaireScoring scoring;
    private final ModelConventions conventions;
    private final Set<String> clusterItems;

    Assessor(FindingCatalogue catalogue, String version) {
        this.catalogue = catalogue;
        this.version = version;
        this.triage = new RedFlagTriage(catalogue);
        this.differential = new Differential(catalogue);
        this.scoring = new QuestionnaireScoring(catalogue.questionnaireRules());
        this.conventions = catalogue.conventions();
        this.clusterItems = catalogue.clusters().stream().flatMap(c -> c.items().stream())
                .map(ClusterItem::finding).filter(f -> f != null).collect(Collectors.toUnmodifiableSet());
    }

    ModelResult assess(AssessmentInput input, String language) {
        Texts texts = new Texts(catalogue, language);
        ModelResult.Triage triaged = triage.triage(input, language);
        DifferentialOutcome outcome = differential.score(input, language);
        List<ModelResult.DifferentialEntry> entries = outcome.entries();

        List<ModelResult.Warning> warnings = new ArrayList<>();
        List<ModelResult.NextStep> nextSteps = new ArrayList<>();
        warnings.add(texts.warning("warning.decision-support", Map.of()));
        if (catalogue.categories().stream().anyMatch(c -> c.preTest().isConvention())) {
            warnings.add(texts.warning("warning.prior-convention", Map.of()));
        }
        evidenceWarnings(outcome, texts, warnings);
        clusterWarnings(outcome, texts, language, warnings, nextSteps);
        for (ModelResult.DifferentialEntry e : entries) {
            if (e.contributions().size() >= 2) {
                warnings.add(texts.warning("warning.independence-assumed", Map.of(
                        "category", texts.category(e.category()), "count", Integer.toString(e.contributions().size()))));
            }
        }
        notScoredWarning(input, outcome, texts, warnings);
        List<String> silent = entries.stream().filter(e -> e.contributions().isEmpty())
                .map(e -> texts.category(e.category())).toList();
        if (!silent.isEmpty()) {
            warnings.add(texts.warning("warning.no-evidence", Map.of("items", String.join(", ", silent))));
        }

        ModelResult.HipSpineSyndrome hss = hipSpineSyndrome(entries, texts);
        QuestionnaireScores scores = questionnaires(input.questionnaires(), texts, warnings, nextSteps);
        List<String> recommended = recommend(triaged, entries, hss, texts, warnings);
        triageSteps(triaged, texts, nextSteps);
        injectionStep(input, triaged, entries, texts, nextSteps);
        if (scores.startBack() != null && scores.startBack().riskGroup() == StartBackRisk.HIGH) {
            nextSteps.add(texts.step("next.startback-high", Map.of()));
        }
        return new ModelResult(version, catalogue.release(), texts.language(), triaged, entries, hss, scores,
                recommended, nextSteps, warnings);
    }

    private void evidenceWarnings(DifferentialOutcome outcome, Texts texts, List<ModelResult.Warning> warnings) {
        Map<EvidenceCaution, String> codes = Map.of(
                EvidenceCaution.SECONDARY_SOURCE, "warning.secondary-source",
                EvidenceCaution.CASE_CONTROL, "warning.case-control",
                EvidenceCaution.CONFLICTING_SOURCES, "warning.conflicting-sources",
                EvidenceCaution.HIGH_RISK_OF_BIAS, "warning.high-risk-of-bias",
                EvidenceCaution.CONTINUITY_CORRECTED, "warning.continuity-corrected",
                EvidenceCaution.SHRUNK, "warning.shrunk");
        outcome.cautions().forEach((caution, labels) -> {
            String code = codes.get(caution);
            if (code != null) {
                warnings.add(texts.warning(code, Map.of("items", String.join("; ", labels))));
            }
        });
    }

    private void clusterWarnings(DifferentialOutcome outcome, Texts texts, String language,
                                 List<ModelResult.Warning> warnings, List<ModelResult.NextStep> nextSteps) {
        for (ClusterOutcome c : outcome.clusters()) {
            String name = c.cluster().name().in(language);
            Map<String, String> values = Map.of("cluster", name, "positive", Integer.toString(c.positive()),
                    "total", Integer.toString(c.total()), "missing", Integer.toString(c.missingItems().size()),
                    "items", itemNames(c, language), "source", c.cluster().source());
            if (c.verdict() == ClusterOutcome.Verdict.INCOMPLETE) {
                warnings.add(texts.warning("warning.cluster-incomplete", values));
                nextSteps.add(texts.step("next.complete-cluster", values));
            } else if (c.verdict() == ClusterOutcome.Verdict.NO_VERDICT) {
                warnings.add(texts.warning("warning.cluster-no-verdict", values));
            }
        }
    }

    private static String itemNames(ClusterOutcome c, String language) {
        return c.cluster().items().stream().filter(i -> c.missingItems().contains(i.id()))
                .map(i -> i.name() == null ? i.id() : i.name().in(language)).collect(Collectors.joining(", "));
    }

    private void notScoredWarning(AssessmentInput input, DifferentialOutcome outcome, Texts texts,
                                  List<ModelResult.Warning> warnings) {
        Set<String> notScored = new LinkedHashSet<>();
        for (Finding f : input.findings()) {
            Optional<FindingDefinition> def = catalogue.find(f.code());
            if (def.isPresent() && def.get().group() != FindingGroup.RED_FLAG && !outcome.scoredCodes().contains(f.code())
                    && !clusterItems.contains(f.code())) {
                notScored.add(f.code());
            }
        }
        if (!notScored.isEmpty()) {
            warnings.add(texts.warning("warning.not-scored", Map.of("items", String.join(", ", notScored))));
        }
    }

    /** Likely = at or above the convention threshold and raised above its prior by the findings. */
    private boolean likely(ModelResult.DifferentialEntry e) {
        return e.probability() >= conventions.likelyProbability() && e.probability() > e.preTestProbability();
    }

    private Optional<ModelResult.DifferentialEntry> best(List<ModelResult.DifferentialEntry> entries,
                                                        DifferentialCategory.Region region, boolean onlyLikely) {
        return entries.stream().filter(e -> e.category().region() == region)
                .filter(e -> !onlyLikely || likely(e)).findFirst(); // entries are sorted, first is best
    }

    private ModelResult.HipSpineSyndrome hipSpineSyndrome(List<ModelResult.DifferentialEntry> entries, Texts texts) {
        Optional<ModelResult.DifferentialEntry> hip = best(entries, DifferentialCategory.Region.HIP, true);
        Optional<ModelResult.DifferentialEntry> spine = best(entries, DifferentialCategory.Region.SPINE, true);
        if (hip.isPresent() && spine.isPresent()) {
            return new ModelResult.HipSpineSyndrome(true, texts.text("hss.suspected", pair(hip.get(), spine.get(), texts)));
        }
        return new ModelResult.HipSpineSyndrome(false, texts.text("hss.not-suspected",
                Map.of("threshold", Texts.percent(conventions.likelyProbability()))));
    }

    private static Map<String, String> pair(ModelResult.DifferentialEntry hip, ModelResult.DifferentialEntry spine, Texts texts) {
        return Map.of("hip", texts.category(hip.category()), "hipP", Texts.percent(hip.probability()),
                "spine", texts.category(spine.category()), "spineP", Texts.percent(spine.probability()));
    }

    private QuestionnaireScores questionnaires(Questionnaires q, Texts texts, List<ModelResult.Warning> warnings,
                                               List<ModelResult.NextStep> nextSteps) {
        QuestionnaireScores scores = new QuestionnaireScores(scoring.odi(q.odi()), scoring.startBack(q.startBack()), q.nprs());
        List<String> missing = new ArrayList<>();
        if (q.odi() == null) {
            missing.add("Oswestry (ODI)");
        } else if (scores.odi() == null) {
            warnings.add(texts.warning("warning.odi-unscorable", Map.of()));
        } else if (scores.odi().sectionsAnswered() < q.odi().size()) {
            warnings.add(texts.warning("warning.odi-sections-missing",
                    Map.of("missing", Integer.toString(q.odi().size() - scores.odi().sectionsAnswered()))));
        }
        if (q.startBack() == null) {
            missing.add("STarT Back");
            nextSteps.add(texts.step("next.startback-screen", Map.of()));
        }
        if (q.nprs() == null) {
            missing.add("NPRS");
        }
        if (!missing.isEmpty()) {
            warnings.add(texts.warning("warning.questionnaires-missing", Map.of("items", String.join(", ", missing))));
        }
        return scores;
    }

    private List<String> recommend(ModelResult.Triage triaged, List<ModelResult.DifferentialEntry> entries,
                                   ModelResult.HipSpineSyndrome hss, Texts texts, List<ModelResult.Warning> warnings) {
        if (triaged.level() == TriageLevel.EMERGENCY) {
            warnings.add(texts.warning("warning.exercise-deferred", Map.of()));
            return List.of();
        }
        if (triaged.level() == TriageLevel.URGENT) {
            warnings.add(texts.warning("warning.urgent-confirm", Map.of()));
        }
        Set<String> codes = new LinkedHashSet<>();
        entries.stream().filter(this::likely).forEach(e -> codes.addAll(e.conditionCodes()));
        if (hss.suspected()) {
            codes.add("hip-spine-syndrome");
        }
        if (codes.isEmpty()) {
            ModelResult.DifferentialEntry top = entries.get(0);
            boolean standsOut = top.probability() > entries.get(1).probability()
                    && top.probability() >= top.preTestProbability();
            if (standsOut) {
                codes.addAll(top.conditionCodes());
                if (top.category() == DifferentialCategory.LUMBAR_NONSPECIFIC) {
                    warnings.add(texts.warning("warning.nonspecific-by-exclusion", Map.of()));
                }
            } else {
                warnings.add(texts.warning("warning.no-clear-source", Map.of()));
            }
        }
        return List.copyOf(codes);
    }

    private void triageSteps(ModelResult.Triage triaged, Texts texts, List<ModelResult.NextStep> nextSteps) {
        if (triaged.level() == TriageLevel.ROUTINE) {
            nextSteps.add(0, texts.step("next.no-routine-imaging", Map.of()));
            return;
        }
        ActionLevel top = triaged.reasons().get(0).actionLevel();
        ModelResult.TriageReason first = triaged.reasons().get(0);
        String code = top == ActionLevel.EMERGENCY ? "next.emergency-referral" : "next.urgent-referral";
        nextSteps.add(0, texts.step(code, Map.of("action", first.action(), "source", first.source())));
    }

    private void injectionStep(AssessmentInput input, ModelResult.Triage triaged,
                               List<ModelResult.DifferentialEntry> entries, Texts texts,
                               List<ModelResult.NextStep> nextSteps) {
        if (triaged.level() == TriageLevel.EMERGENCY
                || input.findings().stream().anyMatch(f -> f.code().equals("injection.hip-intra-articular-relief"))) {
            return;
        }
        ModelResult.DifferentialEntry hip = entries.stream()
                .filter(e -> e.category() == DifferentialCategory.HIP_INTRA_ARTICULAR).findFirst().orElseThrow();
        Optional<ModelResult.DifferentialEntry> spine = best(entries, DifferentialCategory.Region.SPINE, true);
        if (likely(hip) && spine.isPresent()
                && Math.abs(hip.probability() - spine.get().probability()) <= conventions.closeMargin()) {
            nextSteps.add(texts.step("next.diagnostic-hip-injection", pair(hip, spine.get(), texts)));
        }
    }

    /** Message lookup and formatting in one language. */
    static final class Texts {
        private final FindingCatalogue catalogue;
        private final String language;

        Texts(FindingCatalogue catalogue, String requested) {
            this.catalogue = catalogue;
            // the result says which language it used: Spanish when asked for, else English
            this.language = requested != null && requested.toLowerCase(java.util.Locale.ROOT).startsWith("es") ? "es" : "en";
        }

        String language() {
            return language;
        }

        String text(String code, Map<String, String> values) {
            return format(catalogue.message(code).text().in(language), values);
        }

        ModelResult.Warning warning(String code, Map<String, String> values) {
            return new ModelResult.Warning(code, text(code, values));
        }

        ModelResult.NextStep step(String code, Map<String, String> values) {
            Message m = catalogue.message(code);
            String source = m.source() == null ? null : format(m.source(), values);
            return new ModelResult.NextStep(code, text(code, values), source);
        }

        String category(DifferentialCategory category) {
            return catalogue.category(category).name().in(language);
        }

        static String percent(double p) {
            return Math.round(p * 100) + "%";
        }

        private static String format(String template, Map<String, String> values) {
            String out = template;
            for (Map.Entry<String, String> v : values.entrySet()) {
                out = out.replace("{" + v.getKey() + "}", v.getValue());
            }
            return out;
        }
    }
}
