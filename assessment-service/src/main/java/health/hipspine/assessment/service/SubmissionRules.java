package health.hipspine.assessment.service;

import com.fasterxml.jackson.databind.JsonNode;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.problem.Violation;
import health.hipspine.model.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The edge rules of a submission. Every violation is collected (not only the first) and named by
 * its JSON path, so a client can fix a form in one round trip. Here: what only the API knows
 * (patientRef, encounterDate, required fields, JSON scalars). Finding codes, value types and ranges,
 * sides, age and questionnaires are the clinical model's rules: checked there, not copied here.
 */
@ApplicationScoped
public class SubmissionRules {

    /**
     * An opaque pseudonymous id: letters, digits and {@code . _ : -}, at most 64. Spaces, commas and
     * apostrophes are refused, which stops "Jane Doe" or "Doe, Jane"; a single-word name cannot be told
     * from a pseudonym by any pattern, so callers remain responsible for pseudonymising.
     */
    public static final String PATIENT_REF_PATTERN = "^[A-Za-z0-9._:-]{1,64}$";
    private static final Pattern PATIENT_REF = Pattern.compile(PATIENT_REF_PATTERN);
    static final Set<String> SEXES = Set.of("female", "male", "other", "unknown");
    static final int MAX_FINDINGS = 200;
    static final LocalDate EARLIEST_ENCOUNTER = LocalDate.of(1990, 1, 1);

    private final ClinicalScoring scoring;
    private final Clock clock;

    @Inject
    public SubmissionRules(ClinicalScoring scoring) {
        this(scoring, Clock.systemUTC());
    }

    SubmissionRules(ClinicalScoring scoring, Clock clock) {
        this.scoring = scoring;
        this.clock = clock;
    }

    /** The typed submission, or a 422 problem listing every violation. */
    public ValidSubmission check(AssessmentSubmission submission) {
        if (submission == null) {
            throw Problems.unreadableBody("", "must be a JSON object with the assessment");
        }
        List<Violation> violations = new ArrayList<>();

        String patientRef = submission.patientRef();
        if (patientRef == null) {
            violations.add(new Violation("patientRef", "is required"));
        } else if (!PATIENT_REF.matcher(patientRef).matches()) {
            violations.add(new Violation("patientRef",
                    "must be an opaque pseudonymous id of 1-64 letters, digits or . _ : - (never a name)"));
        }

        LocalDate encounterDate = null;
        if (submission.encounterDate() == null) {
            violations.add(new Violation("encounterDate", "is required"));
        } else {
            try {
                encounterDate = LocalDate.parse(submission.encounterDate());
                // a day of slack: the caller's local date may be ahead of UTC
                if (encounterDate.isAfter(LocalDate.now(clock).plusDays(1))) {
                    violations.add(new Violation("encounterDate", "must not be in the future"));
                } else if (encounterDate.isBefore(EARLIEST_ENCOUNTER)) {
                    violations.add(new Violation("encounterDate", "must not be before " + EARLIEST_ENCOUNTER));
                }
            } catch (DateTimeParseException e) {
                violations.add(new Violation("encounterDate", "must be an ISO date such as 2026-11-20"));
            }
        }

        if (submission.age() == null) {
            violations.add(new Violation("age", "is required"));
        }

        if (submission.sex() == null) {
            violations.add(new Violation("sex", "is required"));
        } else if (!SEXES.contains(submission.sex())) {
            violations.add(new Violation("sex", "must be one of female, male, other, unknown"));
        }

        Setting setting = submission.setting() == null ? Setting.PRIMARY_CARE : Setting.fromWire(submission.setting());
        if (setting == null) {
            violations.add(new Violation("setting", "must be primary-care or specialist"));
        }

        List<SubmittedFinding> findings = checkFindings(submission.findings(), violations);
        var q = submission.questionnaires();
        QuestionnaireAnswers questionnaires = q == null ? null : new QuestionnaireAnswers(q.odi(), q.startBack(), q.nprs(), q.hoos12());
        if (violations.isEmpty()) {
            // finding codes, value types and ranges, sides, age and questionnaires: the clinical model's catalogue rules
            violations.addAll(scoring.check(submission.age(), submission.sex(), findings, questionnaires));
        }

        if (!violations.isEmpty()) {
            throw Problems.invalidSubmission(violations);
        }
        return new ValidSubmission(patientRef, encounterDate, submission.age(), submission.sex(), findings, questionnaires,
                setting.wire());
    }

    private List<SubmittedFinding> checkFindings(List<AssessmentSubmission.SubmittedFindingEntry> entries, List<Violation> violations) {
        if (entries == null) {
            violations.add(new Violation("findings", "is required (an empty list is allowed)"));
            return List.of();
        }
        if (entries.size() > MAX_FINDINGS) {
            violations.add(new Violation("findings", "at most " + MAX_FINDINGS + " findings per assessment"));
            return List.of();
        }
        List<SubmittedFinding> findings = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            String path = "findings[" + i + "]";
            if (entry == null) {
                violations.add(new Violation(path, "must be an object with code and value"));
                continue;
            }
            // JSON strings, arrays and objects are never a finding's value; the catalogue says which scalar
            Object value = scalar(entry.value());
            if (value == null && entry.value() != null && !entry.value().isNull()) {
                violations.add(new Violation(path + ".value", "must be a boolean or a number"));
            }
            findings.add(new SubmittedFinding(entry.code(), value, entry.side()));
        }
        return findings;
    }

    private static Object scalar(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }

}
