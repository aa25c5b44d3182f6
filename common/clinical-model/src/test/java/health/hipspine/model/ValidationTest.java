package health.hipspine.model;

import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.Violation;
import health.hipspine.model.catalogue.Violation.Kind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ValidationTest {

    private final FindingCatalogue catalogue = ClinicalModel.standard().catalogue();

    private List<Violation> raw(RawFinding... findings) {
        return catalogue.validateRaw(Arrays.asList(findings));
    }

    @Test
    void validFindingsHaveNoViolations() {
        assertThat(raw(new RawFinding("pain.groin", true, "left"), new RawFinding("rom.hip.internal-rotation", 20, "right"),
                new RawFinding("morning-stiffness-minutes", 45.5, null), new RawFinding("test.sij-gaenslen", true, "left"),
                new RawFinding("test.sij-gaenslen", false, "right"))).isEmpty();
    }

    @Test
    void unknownCodeIsNamedAtItsCodePath() {
        assertThat(raw(new RawFinding("pain.groin", true, null), new RawFinding("test.made-up", true, null)))
                .extracting(Violation::path, Violation::kind).containsExactly(tuple("findings[1].code", Kind.UNKNOWN_CODE));
    }

    @Test
    void missingCodeAndValueAreRequired() {
        assertThat(raw(new RawFinding(null, true, null), new RawFinding("pain.groin", null, null)))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(tuple("findings[0].code", Kind.REQUIRED), tuple("findings[1].value", Kind.REQUIRED));
    }

    @Test
    void aNumberForABooleanAndABooleanForANumberAreWrongTypes() {
        assertThat(raw(new RawFinding("test.slr", 1, null), new RawFinding("rom.hip.internal-rotation", true, null),
                new RawFinding("test.faber", "yes", null), new RawFinding("morning-stiffness-minutes", Double.NaN, null)))
                .extracting(Violation::path, Violation::kind)
                .containsExactly(tuple("findings[0].value", Kind.WRONG_TYPE), tuple("findings[1].value", Kind.WRONG_TYPE),
                        tuple("findings[2].value", Kind.WRONG_TYPE), tuple("findings[3].value", Kind.WRONG_TYPE));
    }

    @Test
    void numbersOutsideTheCatalogueRangeAreRejectedWithTheRangeInTheMessage() {
        List<Violation> v = raw(new RawFinding("rom.hip.internal-rotation", 91, null),
                new RawFinding("morning-stiffness-minutes", -1, null), new RawFinding("limp", true, "left"));
        assertThat(v).extracting(Violation::path, Violation::kind).containsExactly(
                tuple("findings[0].value", Kind.OUT_OF_RANGE), tuple("findings[1].value", Kind.OUT_OF_RANGE),
                tuple("findings[2].side", Kind.SIDE_NOT_APPLICABLE));
        assertThat(v.get(0).message()).contains("0 and 90 degrees");
    }

    @Test
    void aSideWhereNoneAppliesOrAnUnknownSideIsRejected() {
        assertThat(raw(new RawFinding("pain.low-back", true, "left"), new RawFinding("test.slr", true, "both")))
                .extracting(Violation::path, Violation::kind).containsExactly(
                        tuple("findings[0].side", Kind.SIDE_NOT_APPLICABLE), tuple("findings[1].side", Kind.INVALID_SIDE));
    }

    @Test
    void theSameCodeAndSideTwiceOrBilateralWithOneSideIsADuplicate() {
        assertThat(raw(new RawFinding("test.slr", true, "left"), new RawFinding("test.slr", false, "left"),
                new RawFinding("test.fadir", true, "bilateral"), new RawFinding("test.fadir", true, "right"),
                new RawFinding("pain.low-back", true, null), new RawFinding("pain.low-back", false, null)))
                .extracting(Violation::path, Violation::kind).containsExactly(
                        tuple("findings[1]", Kind.DUPLICATE), tuple("findings[3]", Kind.DUPLICATE), tuple("findings[5]", Kind.DUPLICATE));
    }

    @Test
    void typedFindingsValidateTheSameWay() {
        assertThat(catalogue.validate(List.of(Finding.positive("nope"), new Finding("pain.low-back", true, Side.LEFT))))
                .extracting(Violation::path).containsExactly("findings[0].code", "findings[1].side");
    }

    @Test
    void ageAndQuestionnairesAreValidatedWithTheirPaths() {
        AssessmentInput input = new AssessmentInput(130, Sex.FEMALE, List.of(), new Questionnaires(
                Arrays.asList(1, 2, 6, null, 0, 0, 0, 0, 0, 0), Arrays.asList(1, 0, 1, 0, 2, 0, 1, null, 5), 11));
        assertThat(ClinicalModel.standard().validate(input)).extracting(Violation::path, Violation::kind).containsExactly(
                tuple("age", Kind.OUT_OF_RANGE), tuple("questionnaires.odi[2]", Kind.OUT_OF_RANGE),
                tuple("questionnaires.startBack[4]", Kind.OUT_OF_RANGE), tuple("questionnaires.startBack[7]", Kind.REQUIRED),
                tuple("questionnaires.startBack[8]", Kind.OUT_OF_RANGE), tuple("questionnaires.nprs", Kind.OUT_OF_RANGE));
    }

    @Test
    void questionnairesOfTheWrongLengthAreRejected() {
        AssessmentInput input = new AssessmentInput(50, Sex.MALE, List.of(),
                new Questionnaires(List.of(1, 2, 3), List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), null));
        assertThat(ClinicalModel.standard().validate(input)).extracting(Violation::path, Violation::kind).containsExactly(
                tuple("questionnaires.odi", Kind.WRONG_SIZE), tuple("questionnaires.startBack", Kind.WRONG_SIZE));
    }

    @Test
    void assessRefusesInvalidInputWithTheViolations() {
        assertThatThrownBy(() -> ClinicalModel.standard().assess(new AssessmentInput(40, Sex.MALE, List.of(Finding.positive("x")))))
                .isInstanceOf(InvalidAssessmentException.class)
                .satisfies(e -> assertThat(((InvalidAssessmentException) e).violations())
                        .extracting(Violation::path).containsExactly("findings[0].code"));
    }
}
