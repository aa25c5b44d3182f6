package health.hipspine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the model scores: age in years, sex, the recorded findings and optional questionnaires.
 * A finding that is not in the list is "not recorded" and contributes nothing.
 */
public record AssessmentInput(int age, Sex sex, List<Finding> findings, Questionnaires questionnaires) {

    public AssessmentInput {
        sex = sex == null ? Sex.UNKNOWN : sex;
        findings = findings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(findings));
        questionnaires = questionnaires == null ? Questionnaires.NONE : questionnaires;
    }

    public AssessmentInput(int age, Sex sex, List<Finding> findings) {
        this(age, sex, findings, Questionnaires.NONE);
    }

    /** A copy with one more finding. */
    public AssessmentInput with(Finding finding) {
        List<Finding> more = new ArrayList<>(findings);
        more.add(finding);
        return new AssessmentInput(age, sex, more, questionnaires);
    }
}
