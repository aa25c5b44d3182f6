package health.hipspine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the model scores: age in years, sex, the recorded findings, optional questionnaires and the setting
 * (primary care unless given). A finding that is not in the list is "not recorded" and contributes nothing.
 */
public record AssessmentInput(int age, Sex sex, List<Finding> findings, Questionnaires questionnaires, Setting setting) {

    public AssessmentInput {
        sex = sex == null ? Sex.UNKNOWN : sex;
        findings = findings == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(findings));
        questionnaires = questionnaires == null ? Questionnaires.NONE : questionnaires;
        setting = setting == null ? Setting.PRIMARY_CARE : setting;
    }

    public AssessmentInput(int age, Sex sex, List<Finding> findings, Questionnaires questionnaires) {
        this(age, sex, findings, questionnaires, Setting.PRIMARY_CARE);
    }

    public AssessmentInput(int age, Sex sex, List<Finding> findings) {
        this(age, sex, findings, Questionnaires.NONE, Setting.PRIMARY_CARE);
    }

    /** A copy with one more finding. */
    public AssessmentInput with(Finding finding) {
        List<Finding> more = new ArrayList<>(findings);
        more.add(finding);
        return new AssessmentInput(age, sex, more, questionnaires, setting);
    }

    /** A copy seen in another setting. */
    public AssessmentInput in(Setting newSetting) {
        return new AssessmentInput(age, sex, findings, questionnaires, newSetting);
    }

    /** True when this finding code is recorded positive (true) on any side. */
    public boolean positive(String code) {
        return findings.stream().anyMatch(f -> f.code().equals(code) && Boolean.TRUE.equals(f.value()));
    }
}
