package health.hipspine.model;

import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.QuestionnaireRules;
import health.hipspine.model.catalogue.Violation;

import java.util.ArrayList;
import java.util.List;

/** Checks a whole input; the catalogue checks the findings. */
final class InputValidation {

    static final int MAX_AGE = 120;

    private InputValidation() {
    }

    static List<Violation> validate(FindingCatalogue catalogue, AssessmentInput input) {
        List<Violation> out = new ArrayList<>();
        if (input == null) {
            out.add(new Violation("", Violation.Kind.REQUIRED, "input is required"));
            return out;
        }
        if (input.age() < 0 || input.age() > MAX_AGE) {
            out.add(new Violation("age", Violation.Kind.OUT_OF_RANGE, "age must be between 0 and " + MAX_AGE));
        }
        out.addAll(catalogue.validate(input.findings()));
        QuestionnaireRules rules = catalogue.questionnaireRules();
        Questionnaires q = input.questionnaires();
        if (q.odi() != null) {
            if (q.odi().size() != rules.odi().sections()) {
                out.add(new Violation("questionnaires.odi", Violation.Kind.WRONG_SIZE,
                        "odi needs " + rules.odi().sections() + " section scores (null for unanswered), not " + q.odi().size()));
            } else {
                for (int i = 0; i < q.odi().size(); i++) {
                    Integer v = q.odi().get(i);
                    if (v != null && (v < 0 || v > rules.odi().maxItemScore())) {
                        out.add(new Violation("questionnaires.odi[" + i + "]", Violation.Kind.OUT_OF_RANGE,
                                "an ODI section score is 0-" + rules.odi().maxItemScore()));
                    }
                }
            }
        }
        if (q.startBack() != null) {
            QuestionnaireRules.StartBack sb = rules.startBack();
            if (q.startBack().size() != sb.items()) {
                out.add(new Violation("questionnaires.startBack", Violation.Kind.WRONG_SIZE,
                        "startBack needs " + sb.items() + " answers, not " + q.startBack().size()));
            } else {
                for (int i = 0; i < q.startBack().size(); i++) {
                    Integer v = q.startBack().get(i);
                    String path = "questionnaires.startBack[" + i + "]";
                    int max = i + 1 == sb.bothersomeItem() ? sb.bothersomeMax() : 1;
                    if (v == null) {
                        // STarT Back has no published rule for missing items (Hill 2008), so none may be missing
                        out.add(new Violation(path, Violation.Kind.REQUIRED, "every STarT Back item must be answered"));
                    } else if (v < 0 || v > max) {
                        out.add(new Violation(path, Violation.Kind.OUT_OF_RANGE, "STarT Back item " + (i + 1) + " is 0-" + max));
                    }
                }
            }
        }
        if (q.hoos12() != null) {
            QuestionnaireRules.Hoos12 h = rules.hoos12();
            if (q.hoos12().size() != h.items()) {
                out.add(new Violation("questionnaires.hoos12", Violation.Kind.WRONG_SIZE,
                        "hoos12 needs " + h.items() + " item scores (null for unanswered), not " + q.hoos12().size()));
            } else {
                for (int i = 0; i < q.hoos12().size(); i++) {
                    Integer v = q.hoos12().get(i);
                    if (v != null && (v < 0 || v > h.maxItemScore())) {
                        out.add(new Violation("questionnaires.hoos12[" + i + "]", Violation.Kind.OUT_OF_RANGE,
                                "a HOOS-12 item score is 0-" + h.maxItemScore()));
                    }
                }
            }
        }
        if (q.nprs() != null && (q.nprs() < rules.nprs().min() || q.nprs() > rules.nprs().max())) {
            out.add(new Violation("questionnaires.nprs", Violation.Kind.OUT_OF_RANGE,
                    "nprs is " + rules.nprs().min() + "-" + rules.nprs().max()));
        }
        return out;
    }
}
