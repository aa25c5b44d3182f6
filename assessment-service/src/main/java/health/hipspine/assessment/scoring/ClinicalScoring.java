package health.hipspine.assessment.scoring;

import health.hipspine.assessment.problem.Problems.Violation;
import health.hipspine.assessment.submission.ValidSubmission;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.SubmittedFinding;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The only class that talks to the clinical model (common/clinical-model): finding validation,
 * scoring and minimal important changes. TEMPORARY placeholder until the model's API lands.
 */
@ApplicationScoped
public class ClinicalScoring {

    public record MinimalImportantChange(double points, String source) {
    }

    public String modelVersion() {
        return "placeholder";
    }

    public List<Violation> checkFindings(List<SubmittedFinding> findings) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            SubmittedFinding f = findings.get(i);
            boolean numeric = f.code().equals("morning-stiffness-minutes") || f.code().equals("rom.hip.internal-rotation");
            if (!(f.code().startsWith("pain.") || f.code().startsWith("test.") || f.code().startsWith("redflag.") || numeric)) {
                violations.add(new Violation("findings[" + i + "].code", "unknown finding code"));
            } else if (numeric != (f.value() instanceof Number)) {
                violations.add(new Violation("findings[" + i + "].value", numeric ? "must be a number" : "must be a boolean"));
            } else if (numeric && (((Number) f.value()).doubleValue() < 0 || ((Number) f.value()).doubleValue() > 180)) {
                violations.add(new Violation("findings[" + i + "].value", "out of range"));
            }
        }
        return violations;
    }

    public Scored score(ValidSubmission submission) {
        return new Scored(modelVersion(), new AssessmentResult.Triage("ROUTINE", List.of(), "none"), List.of(),
                new AssessmentResult.HipSpineSyndrome(false, "n/a"),
                new AssessmentResult.QuestionnaireScores(null, null, submission.questionnaires() == null ? null : submission.questionnaires().nprs()),
                List.of(), List.of(), List.of("hip-osteoarthritis"), List.of("hip-osteoarthritis"));
    }

    public Optional<MinimalImportantChange> minimalImportantChange(String measure) {
        return switch (measure) {
            case "ODI" -> Optional.of(new MinimalImportantChange(10, "Ostelo 2008"));
            case "NPRS" -> Optional.of(new MinimalImportantChange(2, "Childs 2005"));
            default -> Optional.empty();
        };
    }
}
