package health.hipspine.assessment.service;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.assessment.service.AssessmentSubmission.QuestionnaireEntry;
import health.hipspine.assessment.service.AssessmentSubmission.SubmittedFindingEntry;
import health.hipspine.kit.problem.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The edge rules of a submission, with the clinical model's catalogue rules behind them; the clock is fixed. */
class SubmissionRulesTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    final SubmissionRules rules = new SubmissionRules(new ClinicalScoring(), TODAY);

    static SubmittedFindingEntry groinPain() {
        return new SubmittedFindingEntry("pain.groin", BooleanNode.TRUE, "right");
    }

    static AssessmentSubmission submission(String patientRef, String encounterDate, Integer age, String sex,
            List<SubmittedFindingEntry> findings) {
        return new AssessmentSubmission(patientRef, encounterDate, age, sex, findings, new QuestionnaireEntry(null, null, 6), null);
    }

    List<Violation> violations(AssessmentSubmission s) {
        HttpProblem problem = catchThrowableOfType(HttpProblem.class, () -> rules.check(s));
        assertThat(problem).as("a rule should have been broken").isNotNull();
        assertThat(problem.getStatusCode()).isEqualTo(422);
        @SuppressWarnings("unchecked")
        List<Violation> violations = (List<Violation>) problem.getParameters().get("violations");
        return violations;
    }

    List<String> fields(AssessmentSubmission s) {
        return violations(s).stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteSubmissionBecomesTyped() {
        ValidSubmission valid = rules.check(submission("pt-7f3a9c", "2026-11-20", 64, "female", List.of(groinPain())));
        assertThat(valid.encounterDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(valid.age()).isEqualTo(64);
        assertThat(valid.findings()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo(true));
        assertThat(valid.questionnaires().nprs()).isEqualTo(6);
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        assertThat(fields(submission(null, null, null, null, null)))
                .containsExactlyInAnyOrder("patientRef", "encounterDate", "age", "sex", "findings");
    }

    @Test
    void aNameIsNotAPseudonym() {
        assertThat(fields(submission("Jane Doe", "2026-11-20", 64, "female", List.of()))).containsExactly("patientRef");
        assertThat(fields(submission("Doe,Jane", "2026-11-20", 64, "female", List.of()))).containsExactly("patientRef");
    }

    @Test
    void theEncounterIsAnIsoDateNoMoreThanADayAheadAndNotBefore1990() {
        assertThat(rules.check(submission("pt-1", "2026-11-21", 64, "female", List.of())).encounterDate())
                .isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(fields(submission("pt-1", "2026-11-22", 64, "female", List.of()))).containsExactly("encounterDate");
        assertThat(fields(submission("pt-1", "1989-12-31", 64, "female", List.of()))).containsExactly("encounterDate");
        assertThat(fields(submission("pt-1", "20.11.2026", 64, "female", List.of()))).containsExactly("encounterDate");
    }

    @Test
    void theSettingIsPrimaryCareUnlessSaidAndOnlyOneOfTwo() {
        assertThat(rules.check(submission("pt-1", "2026-11-20", 64, "female", List.of())).setting()).isEqualTo("primary-care");
        var specialist = new AssessmentSubmission("pt-1", "2026-11-20", 64, "female", List.of(), null, "specialist");
        assertThat(rules.check(specialist).setting()).isEqualTo("specialist");
        var icu = new AssessmentSubmission("pt-1", "2026-11-20", 64, "female", List.of(), null, "icu");
        assertThat(fields(icu)).containsExactly("setting");
    }

    @Test
    void sexIsOneOfFourWireValues() {
        assertThat(fields(submission("pt-1", "2026-11-20", 64, "F", List.of()))).containsExactly("sex");
    }

    @Test
    void aFindingValueIsABooleanOrANumberNeverAString() {
        var text = new SubmittedFindingEntry("pain.groin", TextNode.valueOf("yes"), "right");
        assertThat(fields(submission("pt-1", "2026-11-20", 64, "female", List.of(groinPain(), text)))).containsExactly("findings[1].value");
    }

    @Test
    void moreThan200FindingsAreRefused() {
        List<SubmittedFindingEntry> many = new ArrayList<>(Collections.nCopies(201, groinPain()));
        assertThat(fields(submission("pt-1", "2026-11-20", 64, "female", many))).containsExactly("findings");
    }

    @Test
    void theModelsCatalogueRulesApplyAndAnUnknownCodeIsNotEchoed() {
        var unknown = new SubmittedFindingEntry("jane.doe.secret", IntNode.valueOf(1), null);
        List<Violation> violations = violations(submission("pt-1", "2026-11-20", 64, "female", List.of(unknown)));
        assertThat(violations).extracting(Violation::field).contains("findings[0].code");
        assertThat(violations).extracting(Violation::message).noneMatch(m -> m.contains("jane.doe.secret"));
        assertThat(fields(submission("pt-1", "2026-11-20", 130, "female", List.of()))).contains("age");
    }
}
