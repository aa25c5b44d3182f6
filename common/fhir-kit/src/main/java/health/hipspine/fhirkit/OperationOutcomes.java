package health.hipspine.fhirkit;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** OperationOutcomes for HTTP errors: one issue, its type chosen from the status (R4 issue-type codes). */
public final class OperationOutcomes {

    private OperationOutcomes() {
    }

    public static OperationOutcome of(int status, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(status >= 500 ? IssueSeverity.FATAL : IssueSeverity.ERROR)
                .setCode(issueType(status))
                .setDiagnostics(diagnostics);
        return outcome;
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
