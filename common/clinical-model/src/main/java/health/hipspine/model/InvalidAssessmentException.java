package health.hipspine.model;

import health.hipspine.model.catalogue.Violation;

import java.util.List;

/** Thrown by {@link ClinicalModel#assess} for input that {@link ClinicalModel#validate} rejects. */
public class InvalidAssessmentException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidAssessmentException(List<Violation> violations) {
        super("invalid assessment input: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
