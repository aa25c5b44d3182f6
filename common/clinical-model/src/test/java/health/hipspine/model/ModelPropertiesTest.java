package health.hipspine.model;

import health.hipspine.model.catalogue.ClusterDefinition;
import health.hipspine.model.catalogue.ClusterItem;
import health.hipspine.model.catalogue.CorrelatedGroup;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.ValueType;
import health.hipspine.model.differential.DifferentialCategory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the model over random valid inputs drawn from the catalogue. Plain JUnit 5: a fixed-seed
 * {@link Random} generates the inputs, so every run sees the same cases and a failure names its seed and case.
 */
class ModelPropertiesTest {

    /** Change to explore other inputs; a failure message prints the seed and the case number to reproduce it. */
    static final long SEED = 20261201L;
    static final int CASES = 2_000;

    private final ClinicalModel model = ClinicalModel.standard();
    /** A second model over a separately loaded catalogue: results must not depend on which instance scores. */
    private static final ClinicalModel SEPARATE = new ClinicalModel(FindingCatalogue.bundled());
    private final FindingCatalogue catalogue = model.catalogue();

    @Test
    void probabilitiesStayBetweenZeroAndOne() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            AssessmentInput input = input(random, false);
            ModelResult r = model.assess(input);
            String where = where(i, input);
            assertThat(r.differential()).as(where).hasSize(6).allSatisfy(e -> {
                assertThat(e.probability()).as(where).isBetween(0.0, 1.0);
                assertThat(e.preTestProbability()).as(where).isBetween(0.0, 1.0);
            });
        }
    }

    /**
     * With the presentation fixed (adult, back pain recorded, so the priors and the populations do not move),
     * adding a positive finding never lowers a category it bears on.
     */
    @Test
    void aPositiveFindingNeverLowersItsOwnCategory() {
        Random random = new Random(SEED + 1);
        List<String> codes = bearingCodes();
        for (int i = 0; i < CASES; i++) {
            AssessmentInput input = input(random, true);
            String code = codes.get(random.nextInt(codes.size()));
            if (input.findings().stream().anyMatch(f -> f.code().equals(code))) {
                continue;
            }
            FindingDefinition def = catalogue.find(code).orElseThrow();
            Finding positive = def.valueType() == ValueType.BOOLEAN ? Finding.positive(code) : Finding.number(code, 20); // IR <=25
            ModelResult before = model.assess(input);
            ModelResult after = model.assess(input.with(positive));
            for (DifferentialCategory own : categoriesOf(code)) {
                assertThat(after.entry(own).probability()).as(where(i, input) + " + " + code + " on " + own)
                        .isGreaterThanOrEqualTo(before.entry(own).probability());
            }
        }
    }

    @Test
    void aFindingThatBearsOnNothingChangesNothing() {
        Random random = new Random(SEED + 2);
        List<String> codes = unrelatedCodes();
        for (int i = 0; i < CASES; i++) {
            AssessmentInput input = input(random, false);
            String code = codes.get(random.nextInt(codes.size()));
            if (input.findings().stream().anyMatch(f -> f.code().equals(code))) {
                continue;
            }
            FindingDefinition def = catalogue.find(code).orElseThrow();
            boolean value = random.nextBoolean();
            Finding added = def.valueType() == ValueType.BOOLEAN ? new Finding(code, value, null)
                    : Finding.number(code, value ? def.min() : def.max());
            ModelResult before = model.assess(input);
            ModelResult after = model.assess(input.with(added));
            String where = where(i, input) + " + " + added;
            assertThat(after.differential()).as(where).isEqualTo(before.differential());
            assertThat(after.triage()).as(where).isEqualTo(before.triage());
            assertThat(after.hipSpineSyndrome()).as(where).isEqualTo(before.hipSpineSyndrome());
            assertThat(after.recommendedConditionCodes()).as(where).isEqualTo(before.recommendedConditionCodes());
        }
    }

    @Test
    void theSameInputAlwaysGivesTheSameOutput() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < CASES; i++) {
            AssessmentInput input = input(random, false);
            ModelResult first = model.assess(input);
            assertThat(model.assess(input)).as(where(i, input)).isEqualTo(first);
            assertThat(SEPARATE.assess(input)).as(where(i, input)).isEqualTo(first);
        }
    }

    /** Correlated findings are one node: never two members of a group in one category's contributions. */
    @Test
    void noCorrelatedGroupEverContributesTwice() {
        Random random = new Random(SEED + 4);
        for (int i = 0; i < CASES; i++) {
            AssessmentInput input = input(random, true);
            ModelResult r = model.assess(input);
            for (CorrelatedGroup g : catalogue.correlatedGroups()) {
                long applied = r.entry(g.category()).contributions().stream()
                        .filter(c -> g.members().contains(c.findingCode())).count();
                assertThat(applied).as(where(i, input) + " " + g.code()).isLessThanOrEqualTo(1);
            }
        }
    }

    /** Age alone never makes a category likely, never names a leader and never suggests hip-spine syndrome. */
    @Test
    void ageAloneNeverMakesAnythingLikely() {
        Random random = new Random(SEED + 5);
        for (int i = 0; i < CASES; i++) {
            int age = random.nextInt(121);
            ModelResult r = model.assess(new AssessmentInput(age, Sex.values()[random.nextInt(Sex.values().length)], List.of()));
            assertThat(r.differential()).as("seed " + SEED + ", case " + i + ", age " + age)
                    .noneMatch(ModelResult.DifferentialEntry::likely);
            assertThat(r.leadingCategory()).as("seed " + SEED + ", case " + i + ", age " + age).isNull();
            assertThat(r.hipSpineSyndrome().suspected()).isFalse();
        }
    }

    private static String where(int i, AssessmentInput input) {
        return "seed " + SEED + ", case " + i + ": " + input;
    }

    // each catalogue finding is recorded with probability 1/4, true/false or a number in its range, no side
    private AssessmentInput input(Random random, boolean adultWithBackPain) {
        List<Finding> findings = new ArrayList<>();
        for (FindingDefinition def : catalogue.findings()) {
            if (adultWithBackPain && def.code().equals("pain.low-back")) {
                findings.add(Finding.positive(def.code()));
            } else if (random.nextInt(4) == 0) {
                findings.add(def.valueType() == ValueType.BOOLEAN ? new Finding(def.code(), random.nextBoolean(), null)
                        : Finding.number(def.code(), def.min().intValue()
                        + random.nextInt(def.max().intValue() - def.min().intValue() + 1)));
            }
        }
        int age = adultWithBackPain ? 18 + random.nextInt(103) : random.nextInt(121);
        return new AssessmentInput(age, Sex.values()[random.nextInt(Sex.values().length)], findings);
    }

    private Set<DifferentialCategory> categoriesOf(String code) {
        Set<DifferentialCategory> out = new HashSet<>();
        catalogue.find(code).orElseThrow().usedRows().forEach(r -> out.add(DifferentialCategory.valueOf(r.category())));
        for (ClusterDefinition c : catalogue.clusters()) {
            if (c.items().stream().anyMatch(i -> code.equals(i.finding()))) {
                out.add(c.category());
            }
        }
        return out;
    }

    /** Codes that only decide the presentation (prior) or the study population, e.g. back or groin pain. */
    private Set<String> presentationCodes() {
        Set<String> out = new HashSet<>();
        catalogue.categories().forEach(c -> {
            out.addAll(c.requiresAnyOf());
            c.priors().forEach(p -> out.addAll(p.presentation()));
        });
        catalogue.clusters().forEach(c -> out.addAll(c.requiresAnyOf()));
        return out;
    }

    private List<String> bearingCodes() {
        Set<String> presentation = presentationCodes();
        return catalogue.findings().stream().map(FindingDefinition::code)
                .filter(c -> !categoriesOf(c).isEmpty() && !presentation.contains(c)).toList();
    }

    private List<String> unrelatedCodes() {
        Set<String> excluded = new HashSet<>(presentationCodes());
        catalogue.clusters().forEach(c -> c.items().stream().map(ClusterItem::finding).forEach(excluded::add));
        catalogue.correlatedGroups().forEach(g -> excluded.addAll(g.members()));
        catalogue.redFlags().forEach(r -> r.criteria().forEach(c -> {
            excluded.add(c.finding());
            if (c.anyOf() != null) {
                excluded.addAll(c.anyOf());
            }
        }));
        excluded.add("test.femoral-stretch"); // raises the upper-lumbar warning
        return catalogue.findings().stream()
                .filter(f -> f.group() != FindingGroup.RED_FLAG && f.usedRows().isEmpty() && !excluded.contains(f.code()))
                .map(FindingDefinition::code).toList();
    }
}
