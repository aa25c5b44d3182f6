package health.hipspine.model;

import health.hipspine.model.catalogue.ClusterDefinition;
import health.hipspine.model.catalogue.ClusterItem;
import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
import health.hipspine.model.catalogue.FindingGroup;
import health.hipspine.model.catalogue.ValueType;
import health.hipspine.model.differential.DifferentialCategory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties issue 4 asks of the model, over random valid inputs drawn from the catalogue. */
class ModelPropertiesTest {

    private final ClinicalModel model = ClinicalModel.standard();
    /** A second model over a separately loaded catalogue: results must not depend on which instance scores. */
    private static final ClinicalModel SEPARATE = new ClinicalModel(FindingCatalogue.bundled());
    private final FindingCatalogue catalogue = model.catalogue();

    @Property
    void probabilitiesStayBetweenZeroAndOne(@ForAll("inputs") AssessmentInput input) {
        ModelResult r = model.assess(input);
        assertThat(r.differential()).hasSize(6).allSatisfy(e -> {
            assertThat(e.probability()).isBetween(0.0, 1.0);
            assertThat(e.preTestProbability()).isBetween(0.0, 1.0);
        });
    }

    @Property
    void aPositiveFindingNeverLowersItsOwnCategory(@ForAll("inputs") AssessmentInput input,
                                                   @ForAll("bearingCodes") String code) {
        Assume.that(input.findings().stream().noneMatch(f -> f.code().equals(code)));
        FindingDefinition def = catalogue.find(code).orElseThrow();
        Finding positive = def.valueType() == ValueType.BOOLEAN ? Finding.positive(code) : Finding.number(code, 20); // IR <=25
        ModelResult before = model.assess(input);
        ModelResult after = model.assess(input.with(positive));
        for (DifferentialCategory own : categoriesOf(code)) {
            assertThat(after.entry(own).probability()).as(code + " on " + own)
                    .isGreaterThanOrEqualTo(before.entry(own).probability());
        }
    }

    @Property
    void aFindingThatBearsOnNoCategoryChangesNothing(@ForAll("inputs") AssessmentInput input,
                                                     @ForAll("unrelatedCodes") String code, @ForAll boolean value) {
        Assume.that(input.findings().stream().noneMatch(f -> f.code().equals(code)));
        FindingDefinition def = catalogue.find(code).orElseThrow();
        Finding added = def.valueType() == ValueType.BOOLEAN ? new Finding(code, value, null)
                : Finding.number(code, value ? def.min() : def.max());
        ModelResult before = model.assess(input);
        ModelResult after = model.assess(input.with(added));
        assertThat(after.differential()).isEqualTo(before.differential());
        assertThat(after.triage()).isEqualTo(before.triage());
        assertThat(after.hipSpineSyndrome()).isEqualTo(before.hipSpineSyndrome());
        assertThat(after.recommendedConditionCodes()).isEqualTo(before.recommendedConditionCodes());
    }

    @Property
    void theSameInputAlwaysGivesTheSameOutput(@ForAll("inputs") AssessmentInput input) {
        ModelResult first = model.assess(input);
        assertThat(model.assess(input)).isEqualTo(first);
        assertThat(SEPARATE.assess(input)).isEqualTo(first);
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

    private Set<String> clusterItems() {
        Set<String> out = new HashSet<>();
        catalogue.clusters().forEach(c -> c.items().stream().map(ClusterItem::finding).forEach(out::add));
        return out;
    }

    @Provide
    Arbitrary<String> bearingCodes() {
        return Arbitraries.of(catalogue.findings().stream().map(FindingDefinition::code)
                .filter(c -> !categoriesOf(c).isEmpty()).toList());
    }

    @Provide
    Arbitrary<String> unrelatedCodes() {
        Set<String> items = clusterItems();
        return Arbitraries.of(catalogue.findings().stream()
                .filter(f -> f.group() != FindingGroup.RED_FLAG && f.usedRows().isEmpty() && !items.contains(f.code()))
                .map(FindingDefinition::code).toList());
    }

    @Provide
    Arbitrary<AssessmentInput> inputs() {
        Arbitrary<List<Finding>> findings = Arbitraries.subsetOf(catalogue.findings()).flatMap(set -> {
            if (set.isEmpty()) {
                return Arbitraries.just(List.<Finding>of());
            }
            List<Arbitrary<Finding>> each = set.stream().map(this::finding).toList();
            return Combinators.combine(each).as(list -> list);
        });
        return Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.of(Sex.class), findings)
                .as((age, sex, list) -> new AssessmentInput(age, sex, list));
    }

    private Arbitrary<Finding> finding(FindingDefinition def) {
        if (def.valueType() == ValueType.BOOLEAN) {
            return Arbitraries.of(true, false).map(v -> new Finding(def.code(), v, null));
        }
        return Arbitraries.integers().between(def.min().intValue(), def.max().intValue())
                .map(v -> Finding.number(def.code(), v));
    }
}
