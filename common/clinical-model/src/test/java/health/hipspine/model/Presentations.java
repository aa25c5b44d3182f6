package health.hipspine.model;

import java.util.ArrayList;
import java.util.List;

/** A small builder for test presentations: reads like a clinical note. */
final class Presentations {

    private final int age;
    private final Sex sex;
    private final List<Finding> findings = new ArrayList<>();
    private Questionnaires questionnaires = Questionnaires.NONE;
    private Setting setting = Setting.PRIMARY_CARE;

    private Presentations(int age, Sex sex) {
        this.age = age;
        this.sex = sex;
    }

    static Presentations patient(int age, Sex sex) {
        return new Presentations(age, sex);
    }

    Presentations yes(String... codes) {
        for (String code : codes) {
            findings.add(Finding.positive(code));
        }
        return this;
    }

    Presentations no(String... codes) {
        for (String code : codes) {
            findings.add(Finding.negative(code));
        }
        return this;
    }

    Presentations value(String code, Number value) {
        findings.add(Finding.number(code, value));
        return this;
    }

    Presentations sided(String code, boolean value, Side side) {
        findings.add(new Finding(code, value, side));
        return this;
    }

    Presentations sided(String code, Number value, Side side) {
        findings.add(new Finding(code, value, side));
        return this;
    }

    Presentations questionnaires(Questionnaires q) {
        this.questionnaires = q;
        return this;
    }

    Presentations in(Setting newSetting) {
        this.setting = newSetting;
        return this;
    }

    AssessmentInput input() {
        return new AssessmentInput(age, sex, findings, questionnaires, setting);
    }

    ModelResult assess() {
        return ClinicalModel.standard().assess(input());
    }
}
