package health.hipspine.model;

import health.hipspine.model.catalogue.ClusterItem;
import health.hipspine.model.catalogue.EvidenceCaution;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.LocalizedText;
import health.hipspine.model.catalogue.RedFlagRule;
import health.hipspine.model.catalogue.Message;
import health.hipspine.model.catalogue.ModelConventions;
import health.hipspine.model.differential.ClusterOutcome;
import health.hipspine.model.differential.Differential;
import health.hipspine.model.differential.DifferentialCategory;
import health.hipspine.model.differential.DifferentialOutcome;
import health.hipspine.model.questionnaire.Hoos12Score;
import health.hipspine.model.questionnaire.NotScored;
import health.hipspine.model.questionnaire.OdiScore;
import health.hipspine.model.questionnaire.QuestionnaireScores;
import health.hipspine.model.questionnaire.QuestionnaireScoring;
import health.hipspine.model.questionnaire.StartBackRisk;
import health.hipspine.model.questionnaire.StartBackScore;
import health.hipspine.model.triage.ActionLevel;
import health.hipspine.model.triage.RedFlagTriage;
import health.hipspine.model.triage.TriageLevel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    private final Set<String> populationCodes;
    private final Map<DifferentialCategory, Set<String>> bearingCodes;

    Assessor(FindingCatalogue catalogue, String version) {
        this.catalogue = catalogue;
        this.version = version;
        this.triage = new RedFlagTriage(catalogue);
        this.differential = new Differential(catalogue);
        this.scoring = new QuestionnaireScoring(catalogue.questionnaireRules());
        this.conventions = catalogue.conventions();
        this.clusterItems = catalogue.clusters().stream().flatMap(c -> c.items().stream())
                .map(ClusterItem::finding).filter(f -> f != null).collect(Collectors.toUnmodifiableSet());
        // findings that only decide which population or prior applies (e.g. back pain) are not "unscored"
        Set<String> population = new java.util.HashSet<>();
        catalogue.categories().forEach(c -> {
            population.addAll(c.requiresAnyOf());
            c.priors().forEach(p -> population.addAll(p.presentation()));
        });
        catalogue.clusters().forEach(c -> population.addAll(c.requiresAnyOf()));
        this.populationCodes = Set.copyOf(population);
        Map<DifferentialCategory, Set<String>> bearing = new java.util.EnumMap<>(DifferentialCategory.class);
        catalogue.findings().forEach(f -> f.usedRows().forEach(r -> bearing.computeIfAbsent(
                DifferentialCategory.valueOf(r.category()), k -> new java.util.HashSet<>()).add(f.code())));
        catalogue.clusters().forEach(c -> c.items().stream().map(ClusterItem::finding).filter(f -> f != null)
                .forEach(f -> bearing.computeIfAbsent(c.category(), k -> new java.util.HashSet<>()).add(f)));
        this.bearingCodes = Map.copyOf(bearing);
    }

    ModelResult assess(AssessmentInput input, String language) {
        Texts texts = new Texts(catalogue, language);
        ModelResult.Triage triaged = triage.triage(input, language);
        DifferentialOutcome outcome = differential.score(input, language, triaged.level() != TriageLevel.ROUTINE);
        List<ModelResult.DifferentialEntry> entries = outcome.entries().stream()
                .map(e -> e.withLikely(outcome.adult() && likely(e))).toList();

        List<ModelResult.Warning> warnings = new ArrayList<>();
        List<ModelResult.NextStep> nextSteps = new ArrayList<>();
        List<String> suppressed = new ArrayList<>();
        warnings.add(texts.warning("warning.decision-support", Map.of()));
        if (!outcome.adult()) {
            warnings.add(texts.warning("warning.child-not-scored", Map.of("age", Integer.toString(conventions.adultAge()))));
        }
        if (outcome.adult() && !outcome.conventionPriors().isEmpty()) {
            warnings.add(texts.warning("warning.prior-convention", Map.of("items", names(outcome.conventionPriors(), texts))));
        }
        populationWarning(input, outcome, texts, warnings);
        evidenceWarnings(outcome, texts, warnings);
        clusterWarnings(outcome, texts, language, warnings, nextSteps);
        for (DifferentialOutcome.GroupOutcome g : outcome.groups()) {
            warnings.add(texts.warning("warning.correlated-group", Map.of("kept", texts.finding(g.kept()),
                    "left", String.join(", ", g.left().stream().map(texts::finding).toList()), "source", g.source())));
        }
        for (ModelResult.DifferentialEntry e : entries) {
            if (e.contributions().size() >= 2) {
                warnings.add(texts.warning("warning.independence-assumed", Map.of(
                        "category", texts.category(e.category()), "count", Integer.toString(e.contributions().size()))));
            }
        }
        notScoredWarning(input, outcome, texts, warnings);
        List<String> silent = entries.stream().filter(e -> e.contributions().isEmpty())
                .filter(e -> !catalogue.category(e.category()).residual())
                .map(e -> texts.category(e.category())).toList();
        if (!silent.isEmpty() && outcome.adult()) {
            warnings.add(texts.warning("warning.no-evidence", Map.of("items", String.join(", ", silent))));
        }
        if (input.positive(FEMORAL_STRETCH) && UPPER_LUMBAR_PAIN.stream().anyMatch(input::positive)) {
            // L2-L4 roots refer to the groin and anterior thigh: the hip is not the only explanation
            warnings.add(texts.warning("warning.upper-lumbar-radiculopathy", Map.of()));
        }

        ModelResult.HipSpineSyndrome hss = hipSpineSyndrome(input, entries, texts);
        QuestionnaireScores scores = questionnaires(input, outcome.adult(), texts, warnings, nextSteps);
        boolean holdBack = triaged.level() != TriageLevel.ROUTINE || !outcome.adult();
        List<String> recommended = recommend(input, triaged, outcome, entries, hss, texts, warnings);
        triageSteps(triaged, texts, nextSteps);
        Optional<ModelResult.NextStep> injection = injectionStep(input, entries, texts);
        if (injection.isPresent()) {
            if (holdBack) {
                suppressed.add(injection.get().code());
            } else {
                nextSteps.add(injection.get());
            }
        }
        if (holdBack) {
            suppressed.add(ModelResult.LOADED_EXERCISE);
        }
        if (scores.startBack() != null && scores.startBack().riskGroup() == StartBackRisk.HIGH) {
            nextSteps.add(texts.step("next.startback-high", Map.of()));
        }
        return new ModelResult(version, catalogue.release(), texts.language(), triaged, entries, hss, scores,
                recommended, nextSteps, warnings, input.setting(), outcome.leading(),
                patientInstruction(input, triaged, texts), holdBack, suppressed);
    }

    private static final String FEMORAL_STRETCH = "test.femoral-stretch";
    private static final List<String> UPPER_LUMBAR_PAIN = List.of("pain.anterior-thigh", "pain.groin");

    private ModelResult.PatientInstruction patientInstruction(AssessmentInput input, ModelResult.Triage triaged, Texts texts) {
        RedFlagRule deciding = triage.deciding(input);
        if (deciding != null && deciding.patientAdvice() != null) {
            return new ModelResult.PatientInstruction(triaged.level(), deciding.code(),
                    deciding.patientAdvice().in(texts.language()), deciding.patientAdvice().texts());
        }
        LocalizedText advice = catalogue.triageAction(triaged.level()).patientAdvice();
        return new ModelResult.PatientInstruction(triaged.level(), "patient." + triaged.level().name().toLowerCase(Locale.ROOT),
                advice.in(texts.language()), advice.texts());
    }

    private static String names(Set<DifferentialCategory> categories, Texts texts) {
        return categories.stream().map(texts::category).collect(Collectors.joining(", "));
    }

    private void populationWarning(AssessmentInput input, DifferentialOutcome outcome, Texts texts,
                                   List<ModelResult.Warning> warnings) {
        if (!outcome.adult() || outcome.outOfPopulation().isEmpty()) {
            return;
        }
        boolean bearing = input.findings().stream().anyMatch(f -> outcome.outOfPopulation().stream()
                .anyMatch(c -> bearingCodes.getOrDefault(c, Set.of()).contains(f.code())));
        if (bearing) {
            warnings.add(texts.warning("warning.out-of-population", Map.of("items", names(outcome.outOfPopulation(), texts))));
        }
    }

    private void evidenceWarnings(DifferentialOutcome outcome, Texts texts, List<ModelResult.Warning> warnings) {
        Map<EvidenceCaution, String> codes = Map.of(
                EvidenceCaution.SECONDARY_SOURCE, "warning.secondary-source",
                EvidenceCaution.CASE_CONTROL, "warning.case-control",
                EvidenceCaution.CONFLICTING_SOURCES, "warning.conflicting-sources",
                EvidenceCaution.HIGH_RISK_OF_BIAS, "warning.high-risk-of-bias",
                EvidenceCaution.CONTINUITY_CORRECTED, "warning.continuity-corrected",
                EvidenceCaution.SHRUNK, "warning.shrunk",
                EvidenceCaution.REFERENCE_STANDARD_MISMATCH, "warning.reference-standard");
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
            } else if (c.verdict() == ClusterOutcome.Verdict.NO_VERDICT && c.row() != null && c.cluster().subRule() != null) {
                warnings.add(texts.warning("warning.cluster-sub-rule", Map.of("cluster", name,
                        "reason", c.cluster().subRule().reason().in(language))));
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
        if (!outcome.adult()) {
            return; // the child warning already says nothing was scored
        }
        Set<String> notScored = new LinkedHashSet<>();
        for (Finding f : input.findings()) {
            Optional<FindingDefinition> def = catalogue.find(f.code());
            if (def.isPresent() && def.get().group() != FindingGroup.RED_FLAG && !outcome.scoredCodes().contains(f.code())
                    && !clusterItems.contains(f.code()) && !populationCodes.contains(f.code())) {
                notScored.add(f.code());
            }
        }
        if (!notScored.isEmpty()) {
            warnings.add(texts.warning("warning.not-scored", Map.of("items",
                    String.join(", ", notScored.stream().map(texts::finding).toList()))));
        }
    }

    /**
     * Likely = at or above the "likely" line, and findings other than age multiplied the odds by at least the
     * minimum shift: age alone, or one weak finding, never makes a category likely.
     */
    private boolean likely(ModelResult.DifferentialEntry e) {
        return e.probability() >= conventions.likelyProbability()
                && Differential.findingShift(e) >= conventions.minimumFindingShift();
    }

    private Optional<ModelResult.DifferentialEntry> best(List<ModelResult.DifferentialEntry> entries,
                                                        DifferentialCategory.Region region) {
        return entries.stream().filter(e -> e.category().region() == region).filter(ModelResult.DifferentialEntry::likely)
                .max(java.util.Comparator.comparingDouble(ModelResult.DifferentialEntry::probability));
    }

    private boolean backOrLegSymptoms(AssessmentInput input) {
        return catalogue.category(DifferentialCategory.LUMBAR_RADICULAR).requiresAnyOf().stream().anyMatch(input::positive);
    }

    private ModelResult.HipSpineSyndrome hipSpineSyndrome(AssessmentInput input, List<ModelResult.DifferentialEntry> entries,
                                                          Texts texts) {
        Optional<ModelResult.DifferentialEntry> hip = best(entries, DifferentialCategory.Region.HIP);
        Optional<ModelResult.DifferentialEntry> spine = best(entries, DifferentialCategory.Region.SPINE);
        if (hip.isPresent() && spine.isPresent() && backOrLegSymptoms(input)) {
            return new ModelResult.HipSpineSyndrome(true, texts.text("hss.suspected", pair(hip.get(), spine.get(), texts)));
        }
        return new ModelResult.HipSpineSyndrome(false, texts.text("hss.not-suspected",
                Map.of("threshold", Texts.percent(conventions.likelyProbability()))));
    }

    private static Map<String, String> pair(ModelResult.DifferentialEntry hip, ModelResult.DifferentialEntry spine, Texts texts) {
        return Map.of("hip", texts.category(hip.category()), "hipP", Texts.percent(hip.probability()),
                "spine", texts.category(spine.category()), "spineP", Texts.percent(spine.probability()));
    }

    private QuestionnaireScores questionnaires(AssessmentInput input, boolean adult, Texts texts, List<ModelResult.Warning> warnings,
                                               List<ModelResult.NextStep> nextSteps) {
        Questionnaires q = input.questionnaires();
        var rules = catalogue.questionnaireRules();
        List<NotScored> notScored = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        OdiScore odi = scoring.odi(q.odi());
        if (q.odi() == null) {
            missing.add("Oswestry (ODI)");
        } else if (scoring.odiMissing(q.odi()) == q.odi().size()) {
            warnings.add(texts.warning("warning.odi-unscorable", Map.of()));
        } else if (odi == null) {
            // more missing sections than the product rule allows: no index rather than one built on a few answers
            String reason = texts.text("notscored.odi-too-many-missing", Map.of(
                    "missing", Integer.toString(scoring.odiMissing(q.odi())),
                    "max", Integer.toString(rules.odi().maxMissingSections())));
            notScored.add(new NotScored("ODI", reason, "product rule"));
            warnings.add(texts.warning("warning.measure-not-scored", Map.of("reason", reason)));
        } else if (odi.sectionsAnswered() < q.odi().size()) {
            warnings.add(texts.warning("warning.odi-sections-missing",
                    Map.of("missing", Integer.toString(q.odi().size() - odi.sectionsAnswered()))));
        }

        // validated in non-specific back pain only (Hill 2008); not the original tool for hip pain (Hill 2016)
        boolean backPain = rules.startBack().appliesWhenAnyOf().stream().anyMatch(input::positive);
        StartBackScore startBack = null;
        if (q.startBack() != null) {
            if (backPain) {
                startBack = scoring.startBack(q.startBack());
            } else {
                String reason = texts.text("notscored.startback-no-back-pain", Map.of());
                notScored.add(new NotScored("STARTBACK", reason, "Hill 2008; Hill 2016"));
                warnings.add(texts.warning("warning.measure-not-scored", Map.of("reason", reason)));
            }
        } else if (backPain) {
            missing.add("STarT Back");
            if (adult) { // developed and validated in adults with non-specific back pain (Hill 2008)
                nextSteps.add(texts.step("next.startback-screen", Map.of()));
            }
        }

        boolean hip = rules.hoos12().appliesWhenAnyOf().stream().anyMatch(input::positive);
        Hoos12Score hoos12 = null;
        if (q.hoos12() != null) {
            if (hip) {
                hoos12 = scoring.hoos12(q.hoos12());
                for (var scale : rules.hoos12().scales()) {
                    int answered = scoring.hoos12Answered(q.hoos12(), scale);
                    if (answered < rules.hoos12().minAnsweredPerScale()) {
                        notScored.add(new NotScored("HOOS12_" + scale.scale(), texts.text("notscored.hoos12-scale-too-few", Map.of(
                                "scale", scale.scale(), "answered", Integer.toString(answered),
                                "min", Integer.toString(rules.hoos12().minAnsweredPerScale()))), rules.hoos12().source()));
                    }
                }
            } else {
                String reason = texts.text("notscored.hoos12-not-hip", Map.of());
                notScored.add(new NotScored("HOOS12", reason, rules.hoos12().source()));
                warnings.add(texts.warning("warning.measure-not-scored", Map.of("reason", reason)));
            }
        } else if (hip && adult) {
            nextSteps.add(texts.step("next.hoos12-measure", Map.of()));
        }

        if (q.nprs() == null) {
            missing.add("NPRS");
        }
        if (!missing.isEmpty()) {
            warnings.add(texts.warning("warning.questionnaires-missing", Map.of("items", String.join(", ", missing))));
        }
        return new QuestionnaireScores(odi, startBack, q.nprs(), hoos12, notScored);
    }

    private List<String> recommend(AssessmentInput input, ModelResult.Triage triaged, DifferentialOutcome outcome,
                                   List<ModelResult.DifferentialEntry> entries, ModelResult.HipSpineSyndrome hss,
                                   Texts texts, List<ModelResult.Warning> warnings) {
        if (triaged.level() == TriageLevel.EMERGENCY) {
            warnings.add(texts.warning("warning.exercise-deferred", Map.of()));
            return List.of();
        }
        if (triaged.level() == TriageLevel.URGENT) {
            warnings.add(texts.warning("warning.urgent-confirm", Map.of()));
            return List.of();
        }
        if (!outcome.adult()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        entries.stream().filter(ModelResult.DifferentialEntry::likely).forEach(e -> codes.addAll(conditionCodes(input, e, texts, warnings)));
        if (hss.suspected()) {
            codes.add("hip-spine-syndrome");
        }
        if (codes.isEmpty()) {
            if (outcome.leading() != null) {
                ModelResult.DifferentialEntry top = entries.get(0); // the leader is sorted first
                codes.addAll(conditionCodes(input, top, texts, warnings));
                if (catalogue.category(top.category()).residual()) {
                    warnings.add(texts.warning("warning.nonspecific-by-exclusion", Map.of()));
                }
            } else {
                warnings.add(texts.warning("warning.no-clear-source", Map.of()));
            }
        }
        return List.copyOf(codes);
    }

    // Hip joint: osteoarthritis from the age NICE NG226 diagnoses it clinically, impingement/labral pathology below it.
    private List<String> conditionCodes(AssessmentInput input, ModelResult.DifferentialEntry e, Texts texts,
                                        List<ModelResult.Warning> warnings) {
        if (e.category() != DifferentialCategory.HIP_INTRA_ARTICULAR) {
            return e.conditionCodes();
        }
        boolean oa = input.age() >= conventions.osteoarthritisAge();
        warnings.add(texts.warning(oa ? "warning.hip-label-oa" : "warning.hip-label-fai",
                Map.of("age", Integer.toString(conventions.osteoarthritisAge()))));
        return List.of(oa ? "hip-osteoarthritis" : "femoroacetabular-impingement");
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

    // Suggested only when hip and spine are both likely and stay close; the caller holds it back when unsafe.
    private Optional<ModelResult.NextStep> injectionStep(AssessmentInput input, List<ModelResult.DifferentialEntry> entries,
                                                         Texts texts) {
        if (input.findings().stream().anyMatch(f -> f.code().equals("injection.hip-intra-articular-relief"))
                || !backOrLegSymptoms(input)) {
            return Optional.empty();
        }
        ModelResult.DifferentialEntry hip = entries.stream()
                .filter(e -> e.category() == DifferentialCategory.HIP_INTRA_ARTICULAR).findFirst().orElseThrow();
        Optional<ModelResult.DifferentialEntry> spine = best(entries, DifferentialCategory.Region.SPINE);
        if (hip.likely() && spine.isPresent()
                && Math.abs(hip.probability() - spine.get().probability()) <= conventions.closeMargin()) {
            return Optional.of(texts.step("next.diagnostic-hip-injection", pair(hip, spine.get(), texts)));
        }
        return Optional.empty();
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

        /** A finding's (or cluster's) name: texts name findings as a clinician does, never by code. */
        String finding(String code) {
            return catalogue.label(code, language);
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
