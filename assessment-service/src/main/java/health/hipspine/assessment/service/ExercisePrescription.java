package health.hipspine.assessment.service;

import health.hipspine.assessment.service.PrescriptionRules.Rule;
import health.hipspine.assessment.service.PrescriptionRules.Slot;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.events.AssessmentResult.ExercisePlan;
import health.hipspine.events.AssessmentResult.ExercisePlanItem;
import health.hipspine.events.AssessmentResult.ExerciseWatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exercise plan as a physiotherapist builds it, from exercises already fetched: pure, no framework, no
 * network. Each likely pain source ({@link PrescriptionRules}) fills its slots in turn, one slot per source per
 * round, so that a hip-spine syndrome gets both regions before either gets a third exercise. Exercises a likely
 * condition must avoid or is contraindicated in are left out; the ones that only need doing differently stay,
 * with what to watch. Older, frail or high-pain patients get the easier version (regression), fit ones the harder
 * (progression). The plan is ordered mobility, then strength, then function, then by difficulty.
 */
public final class ExercisePrescription {

    /**
     * At most six exercises: older adults did two home exercises better than eight (Henry 1999, n=15, very small);
     * six keeps one slot per phase for two sources. A product rule, not a number from evidence.
     */
    public static final int MAX_ITEMS = 6;
    /** Product rules, not numbers from evidence: when the plan steps down or up. */
    public static final int OLDER_AGE = 75;
    public static final int HIGH_PAIN_NPRS = 7;
    public static final int FIT_MAX_AGE = 60;
    public static final int FIT_MAX_NPRS = 3;
    static final List<String> PHASES = List.of("mobility", "strength", "function");

    /** What the plan must know of the patient; {@code nprs} and {@code frail} are null when not recorded. */
    public record Patient(int age, Integer nprs, Boolean frail) {

        public Level level() {
            if (age >= OLDER_AGE || (nprs != null && nprs >= HIGH_PAIN_NPRS) || Boolean.TRUE.equals(frail)) {
                return Level.REGRESSED;
            }
            if (age < FIT_MAX_AGE && nprs != null && nprs <= FIT_MAX_NPRS && !Boolean.TRUE.equals(frail)) {
                return Level.PROGRESSED;
            }
            return Level.STANDARD;
        }

        String why(String language) {
            List<String> reasons = new ArrayList<>();
            if (age >= OLDER_AGE) {
                reasons.add(PlanWording.format("patient.age", language, Map.of("age", Integer.toString(OLDER_AGE))));
            }
            if (nprs != null && nprs >= HIGH_PAIN_NPRS) {
                reasons.add(PlanWording.format("patient.pain", language, Map.of("nprs", Integer.toString(nprs))));
            }
            if (Boolean.TRUE.equals(frail)) {
                reasons.add(PlanWording.text("patient.frailty", language));
            }
            return String.join(", ", reasons);
        }
    }

    public enum Level { REGRESSED, STANDARD, PROGRESSED }

    /**
     * The content the plan is built from.
     *
     * @param exercisesByCondition the exercises serving each recommended condition (texts in the plan's language)
     * @param exercisesToAvoid     each likely condition's exercisesToAvoid
     * @param conditionNames       the recommended conditions' names in the plan's language; a missing one is
     *                             shown by its code
     */
    public record Catalogue(Map<String, List<ExerciseView>> exercisesByCondition, Map<String, List<String>> exercisesToAvoid,
                            Map<String, String> conditionNames) {

        public Catalogue(Map<String, List<ExerciseView>> exercisesByCondition, Map<String, List<String>> exercisesToAvoid) {
            this(exercisesByCondition, exercisesToAvoid, Map.of());
        }

        String conditionName(String code) {
            String name = conditionNames.get(code);
            return name == null || name.isBlank() ? code : name;
        }
    }

    private ExercisePrescription() {
    }

    /** The plan in English, the language results are stored in. */
    public static ExercisePlan plan(List<String> recommended, List<String> likely, Patient patient, Catalogue catalogue) {
        return plan(recommended, likely, patient, catalogue, PlanWording.ENGLISH);
    }

    /** The plan with its texts in {@code language} (en or es); the catalogue's texts must be in it too. */
    public static ExercisePlan plan(List<String> recommended, List<String> likely, Patient patient, Catalogue catalogue,
                                    String language) {
        if (recommended.isEmpty()) {
            return new ExercisePlan(true, PlanWording.text(PlanWording.NO_LIKELY_SOURCE, language), List.of());
        }
        Set<String> likelySet = new HashSet<>(likely);
        likelySet.addAll(recommended);
        Set<String> avoid = new HashSet<>();
        likelySet.forEach(c -> avoid.addAll(catalogue.exercisesToAvoid().getOrDefault(c, List.of())));
        Map<String, ExerciseView> pool = new LinkedHashMap<>();
        Map<String, Set<String>> serves = new LinkedHashMap<>(); // exercise code -> conditions it serves
        catalogue.exercisesByCondition().forEach((condition, page) -> page.forEach(e -> {
            if (e != null && e.code() != null && !e.retired() && !avoid.contains(e.code()) && !contraindicated(e, likelySet)) {
                pool.putIfAbsent(e.code(), e);
                Set<String> served = serves.computeIfAbsent(e.code(), k -> new LinkedHashSet<>(e.conditionCodes()));
                served.add(condition); // listed on the condition's page: it serves it
            }
        }));

        List<Source> sources = sources(recommended);
        Level level = patient.level();
        Map<String, ExercisePlanItem> chosen = new LinkedHashMap<>();
        int rounds = sources.stream().mapToInt(s -> s.rule.slots().size()).max().orElse(0);
        for (int round = 0; round < rounds && chosen.size() < MAX_ITEMS; round++) {
            for (Source source : sources) {
                if (round < source.rule.slots().size() && chosen.size() < MAX_ITEMS) {
                    fill(source, source.rule.slots().get(round), pool, serves, level, patient, likelySet, chosen,
                            catalogue, language);
                }
            }
        }
        List<ExercisePlanItem> items = new ArrayList<>(chosen.values());
        Map<String, Integer> difficulty = new LinkedHashMap<>();
        items.forEach(i -> difficulty.put(i.exerciseCode(), Optional.ofNullable(pool.get(i.exerciseCode()).difficulty()).orElse(3)));
        items.sort(Comparator.comparingInt((ExercisePlanItem i) -> phaseRank(i.phase()))
                .thenComparingInt(i -> difficulty.get(i.exerciseCode())));
        return new ExercisePlan(true, note(sources, level, patient, catalogue, language), List.copyOf(items));
    }

    /** A recommended source and the conditions of it the plan serves. */
    private record Source(Rule rule, Set<String> conditions) {
    }

    /**
     * One source per rule, in the order the model recommends; hip-spine syndrome is a source of its own only
     * when the recommendations do not already hold a hip and a lumbar source (then both regions are covered).
     */
    private static List<Source> sources(List<String> recommended) {
        Map<String, Source> bySource = new LinkedHashMap<>();
        for (String code : recommended) {
            Rule rule = PrescriptionRules.forCondition(code).orElseGet(() -> generic(code));
            bySource.computeIfAbsent(rule.source(), k -> new Source(rule, new LinkedHashSet<>())).conditions().add(code);
        }
        boolean hip = bySource.values().stream().anyMatch(s -> s.rule.region().equals("hip"));
        boolean spine = bySource.values().stream().anyMatch(s -> s.rule.region().equals("lumbar") || s.rule.region().equals("sacroiliac"));
        if (hip && spine) {
            bySource.remove(PrescriptionRules.HIP_SPINE_SYNDROME);
        }
        return List.copyOf(bySource.values());
    }

    /** A condition no rule names: its own exercises, mobility before strength before function (clinical practice). */
    private static Rule generic(String code) {
        return new Rule(code, Rule.OTHER, List.of(code),
                List.of(new Slot(List.of(), List.of()), new Slot(List.of(), List.of()), new Slot(List.of(), List.of())));
    }

    private static void fill(Source source, Slot slot, Map<String, ExerciseView> pool, Map<String, Set<String>> serves,
                             Level level, Patient patient, Set<String> likely, Map<String, ExercisePlanItem> chosen,
                             Catalogue catalogue, String language) {
        if (slot.codes().stream().anyMatch(chosen::containsKey)) {
            return; // alternatives (walking or cycling): one is enough, whichever source chose it
        }
        for (ExerciseView candidate : candidates(source, slot, pool, serves)) {
            Optional<ExerciseView> adapted = adapt(candidate, level, pool);
            if (adapted.isPresent() && chosen.containsKey(adapted.get().code())) {
                continue; // its easier (or harder) version is already in: never give both
            }
            ExerciseView pick = adapted.orElse(candidate);
            if (chosen.containsKey(pick.code())) {
                continue;
            }
            String citation = source.rule.citation(language);
            String why = source.rule.reason(language, catalogue.conditionName(source.rule.source())) + " (" + citation + ")";
            String adaptedFrom = null;
            if (adapted.isPresent()) {
                adaptedFrom = candidate.code();
                String easierOrHarder = candidate.name() == null ? candidate.code() : candidate.name();
                why += level == Level.REGRESSED
                        ? PlanWording.format("plan.why.easier", language, Map.of("exercise", easierOrHarder, "reasons", patient.why(language)))
                        : PlanWording.format("plan.why.harder", language, Map.of("exercise", easierOrHarder));
            }
            chosen.put(pick.code(), new ExercisePlanItem(pick.code(), pick.name() == null ? pick.code() : pick.name(),
                    dosage(pick.dosage(), language), why, pick.phase(), servedCondition(source, serves.get(pick.code())), citation,
                    watch(pick, likely), adaptedFrom));
            return;
        }
    }

    /** The slot's codes in its order; else its categories (any, for a generic slot), nearest the usual difficulty first. */
    private static List<ExerciseView> candidates(Source source, Slot slot, Map<String, ExerciseView> pool,
                                                 Map<String, Set<String>> serves) {
        List<ExerciseView> serving = pool.values().stream()
                .filter(e -> serves.get(e.code()).stream().anyMatch(source.conditions::contains)).toList();
        if (!slot.codes().isEmpty()) {
            return slot.codes().stream().map(pool::get).filter(e -> e != null && serving.contains(e)).toList();
        }
        return serving.stream()
                .filter(e -> slot.categories().isEmpty() || (e.category() != null && slot.categories().contains(e.category())))
                .sorted(Comparator.comparingInt((ExerciseView e) -> Math.abs(difficulty(e) - usualDifficulty(e)))
                        .thenComparingInt(ExercisePrescription::difficulty)
                        .thenComparingInt(e -> phaseRank(e.phase()))
                        .thenComparing(ExerciseView::code))
                .toList();
    }

    /** Mobility work starts at the gentlest level; strength and function at the catalogue's middle (2 of 5). */
    private static int usualDifficulty(ExerciseView e) {
        return "mobility".equals(e.phase()) ? 1 : 2;
    }

    /**
     * For a regressed patient the easiest regression that is truly easier, for a fit one the lowest progression
     * that is truly harder; only among exercises serving the plan's conditions and not left out.
     */
    private static Optional<ExerciseView> adapt(ExerciseView e, Level level, Map<String, ExerciseView> pool) {
        if (level == Level.STANDARD) {
            return Optional.empty();
        }
        boolean down = level == Level.REGRESSED;
        return (down ? e.regressionCodes() : e.progressionCodes()).stream()
                .map(pool::get)
                .filter(x -> x != null && (down ? difficulty(x) < difficulty(e) : difficulty(x) > difficulty(e)))
                .min(Comparator.comparingInt(ExercisePrescription::difficulty)); // the first listed wins a tie
    }

    private static String servedCondition(Source source, Set<String> served) {
        return source.conditions.stream().filter(served::contains).findFirst()
                .orElse(source.conditions.iterator().next());
    }

    private static List<ExerciseWatch> watch(ExerciseView e, Set<String> likely) {
        return e.watch().stream().filter(w -> w != null && likely.contains(w.conditionCode()))
                .map(w -> new ExerciseWatch(w.conditionCode(), w.text())).toList();
    }

    private static boolean contraindicated(ExerciseView exercise, Set<String> likely) {
        return exercise.contraindications().stream()
                .anyMatch(c -> c != null && c.conditionCode() != null && likely.contains(c.conditionCode()));
    }

    private static int difficulty(ExerciseView e) {
        return e.difficulty() == null ? 3 : e.difficulty();
    }

    private static int phaseRank(String phase) {
        int i = phase == null ? -1 : PHASES.indexOf(phase);
        return i < 0 ? PHASES.size() : i;
    }

    private static String note(List<Source> sources, Level level, Patient patient, Catalogue catalogue, String language) {
        List<String> parts = new ArrayList<>();
        parts.add(PlanWording.format("plan.intro", language, Map.of(
                "conditions", String.join(", ", sources.stream().flatMap(s -> s.conditions.stream()).map(catalogue::conditionName).toList()),
                "max", Integer.toString(MAX_ITEMS))));
        for (Source s : sources) {
            s.rule.note(language).ifPresent(parts::add);
        }
        if (level == Level.REGRESSED) {
            parts.add(PlanWording.format("plan.easier", language, Map.of("reasons", patient.why(language),
                    "age", Integer.toString(OLDER_AGE), "pain", Integer.toString(HIGH_PAIN_NPRS))));
        } else if (level == Level.PROGRESSED) {
            parts.add(PlanWording.format("plan.harder", language, Map.of(
                    "age", Integer.toString(FIT_MAX_AGE), "pain", Integer.toString(FIT_MAX_NPRS))));
        }
        return String.join(" ", parts);
    }

    static String dosage(ExerciseView.Dosage dosage) {
        return dosage(dosage, PlanWording.ENGLISH);
    }

    /** The catalogue's dosage text (in the catalogue's language), else its figures in words of {@code language}. */
    static String dosage(ExerciseView.Dosage dosage, String language) {
        String asPrescribed = PlanWording.text("dosage.as-prescribed", language);
        if (dosage == null) {
            return asPrescribed;
        }
        if (dosage.text() != null) {
            return dosage.text();
        }
        List<String> parts = new ArrayList<>();
        if (dosage.sets() != null) {
            parts.add(PlanWording.format("dosage.sets", language, Map.of("n", Integer.toString(dosage.sets()))));
        }
        if (dosage.reps() != null) {
            parts.add(PlanWording.format("dosage.reps", language, Map.of("n", Integer.toString(dosage.reps()))));
        }
        if (dosage.holdSeconds() != null) {
            parts.add(PlanWording.format("dosage.hold", language, Map.of("n", Integer.toString(dosage.holdSeconds()))));
        }
        if (dosage.frequency() != null) {
            parts.add(dosage.frequency());
        }
        return parts.isEmpty() ? asPrescribed : String.join(", ", parts);
    }
}
