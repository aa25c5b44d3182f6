package health.hipspine.assessment.submission;

import com.fasterxml.jackson.databind.JsonNode;
import health.hipspine.assessment.problem.Problems;
import health.hipspine.assessment.problem.Problems.Violation;
import health.hipspine.assessment.scoring.ClinicalScoring;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The edge rules of a submission. Every violation is collected (not only the first) and named by
 * its JSON path, so a client can fix a form in one round trip. Finding codes, value types and
 * ranges are the clinical model's catalogue's business: they are checked there, not copied here.
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
    static final Set<String> SIDES = Set.of("left", "right", "bilateral");
    static final int MAX_FINDINGS = 200;
    static final int MIN_AGE = 18;
    static final int MAX_AGE = 120;
    static final LocalDate EARLIEST_ENCOUNTER = LocalDate.of(1990, 1, 1);

    @Inject
    ClinicalScoring scoring;

    Clock clock = Clock.systemUTC();

    /** The typed submission, or a 422 problem listing every violation. */
    public ValidSubmission check(AssessmentSubmission submission) {
        if (submission == null) {
            throw Problems.malformed("", "a JSON object with the assessment is required");
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
        } else if (submission.age() < MIN_AGE || submission.age() > MAX_AGE) {
            violations.add(new Violation("age", "must be between " + MIN_AGE + " and " + MAX_AGE
                    + " (the model's evidence comes from adults)"));
        }

        if (submission.sex() == null) {
            violations.add(new Violation("sex", "is required"));
        } else if (!SEXES.contains(submission.sex())) {
            violations.add(new Violation("sex", "must be one of female, male, other, unknown"));
        }

        List<SubmittedFinding> findings = checkFindings(submission.findings(), violations);
        QuestionnaireAnswers questionnaires = checkQuestionnaires(submission.questionnaires(), violations);

        if (!violations.isEmpty()) {
            throw Problems.invalidSubmission(violations);
        }
        return new ValidSubmission(patientRef, encounterDate, submission.age(), submission.sex(), findings, questionnaires);
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
        Set<String> seen = new HashSet<>();
        boolean shapeOk = true;
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            String path = "findings[" + i + "]";
            if (entry == null) {
                violations.add(new Violation(path, "must be an object with code and value"));
                shapeOk = false;
                continue;
            }
            if (entry.code() == null || entry.code().isBlank()) {
                violations.add(new Violation(path + ".code", "is required"));
                shapeOk = false;
            }
            Object value = scalar(entry.value());
            if (entry.value() == null || entry.value().isNull()) {
                violations.add(new Violation(path + ".value", "is required"));
                shapeOk = false;
            } else if (value == null) {
                violations.add(new Violation(path + ".value", "must be a boolean or a number"));
                shapeOk = false;
            }
            if (entry.side() != null && !SIDES.contains(entry.side())) {
                violations.add(new Violation(path + ".side", "must be left, right or bilateral"));
                shapeOk = false;
            }
            if (entry.code() != null && !seen.add(entry.code() + "|" + entry.side())) {
                violations.add(new Violation(path + ".code", "is given twice for the same side"));
                shapeOk = false;
            }
            findings.add(new SubmittedFinding(entry.code(), value, entry.side()));
        }
        if (shapeOk) {
            // codes, types and ranges: the catalogue in the clinical model is the only source
            violations.addAll(scoring.checkFindings(findings));
        }
        return List.copyOf(findings);
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

    private static QuestionnaireAnswers checkQuestionnaires(AssessmentSubmission.QuestionnaireEntry q, List<Violation> violations) {
        if (q == null) {
            return null;
        }
        if (q.odi() != null) {
            if (q.odi().size() != 10) {
                violations.add(new Violation("questionnaires.odi", "must have 10 section scores (null for unanswered)"));
            } else {
                for (int i = 0; i < 10; i++) {
                    Integer score = q.odi().get(i);
                    if (score != null && (score < 0 || score > 5)) {
                        violations.add(new Violation("questionnaires.odi[" + i + "]", "must be 0-5 or null"));
                    }
                }
            }
        }
        if (q.startBack() != null) {
            if (q.startBack().size() != 9) {
                violations.add(new Violation("questionnaires.startBack", "must have 9 answers"));
            } else {
                for (int i = 0; i < 9; i++) {
                    Integer answer = q.startBack().get(i);
                    int max = i == 8 ? 4 : 1;
                    if (answer == null) {
                        violations.add(new Violation("questionnaires.startBack[" + i + "]", "is required when startBack is given"));
                    } else if (answer < 0 || answer > max) {
                        violations.add(new Violation("questionnaires.startBack[" + i + "]", "must be 0-" + max));
                    }
                }
            }
        }
        if (q.nprs() != null && (q.nprs() < 0 || q.nprs() > 10)) {
            violations.add(new Violation("questionnaires.nprs", "must be 0-10"));
        }
        return new QuestionnaireAnswers(q.odi(), q.startBack(), q.nprs());
    }
}
