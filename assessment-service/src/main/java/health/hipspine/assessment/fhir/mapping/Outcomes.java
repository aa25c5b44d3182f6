package health.hipspine.assessment.fhir.mapping;

import health.hipspine.kit.problem.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.List;

/** A refused FHIR submission as an OperationOutcome: one issue per violation, at its FHIRPath expression. */
public final class Outcomes {

    private Outcomes() {
    }

    public static OperationOutcome of(HttpProblem problem, IssueType type) {
        OperationOutcome outcome = new OperationOutcome();
        if (problem.getParameters().get("violations") instanceof List<?> violations && !violations.isEmpty()) {
            for (Object o : violations) {
                if (o instanceof Violation v) {
                    OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                            .setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(v.message());
                    if (v.field() != null && !v.field().isEmpty()) {
                        issue.addExpression(v.field());
                    }
                }
            }
        }
        if (!outcome.hasIssue()) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type)
                    .setDiagnostics(problem.getDetail() != null ? problem.getDetail() : problem.getTitle());
        }
        return outcome;
    }
}
