package health.hipspine.fhirkit;

import health.hipspine.kit.problem.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.List;

/** OperationOutcomes for HTTP errors, the issue type chosen from the status (R4 issue-type codes). */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    public static OperationOutcome of(int status, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(severity(status))
                .setCode(issueType(status))
                .setDiagnostics(diagnostics);
        return outcome;
    }

    /**
     * A service kit problem: one issue per violation, its field as the issue's expression (a FHIR resource maps
     * the fields to FHIRPath before it throws), or one issue with the problem's detail when it names none.
     */
    public static OperationOutcome of(HttpProblem problem) {
        int status = problem.getStatusCode();
        OperationOutcome outcome = new OperationOutcome();
        if (problem.getParameters().get("violations") instanceof List<?> violations) {
            for (Object o : violations) {
                if (o instanceof Violation v) {
                    OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                            .setSeverity(severity(status)).setCode(issueType(status)).setDiagnostics(v.message());
                    if (v.field() != null && !v.field().isEmpty()) {
                        issue.addExpression(v.field());
                    }
                }
            }
        }
        return outcome.hasIssue() ? outcome
                : of(status, problem.getDetail() != null ? problem.getDetail() : problem.getTitle());
    }

    private static IssueSeverity severity(int status) {
        return status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR;
    }

    static IssueType issueType(int status) {
        return switch (status) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404, 410 -> IssueType.NOTFOUND;
            case 405, 406, 415 -> IssueType.NOTSUPPORTED;
            case 409, 412, 428 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOCOSTLY;
            case 400, 422 -> IssueType.INVALID;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
