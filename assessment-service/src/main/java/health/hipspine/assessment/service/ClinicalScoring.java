package health.hipspine.assessment.service;

import health.hipspine.assessment.mapping.ClinicalModelMapping;
import health.hipspine.assessment.mapping.Scored;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;
import health.hipspine.kit.problem.Violation;
import health.hipspine.model.ClinicalModel;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * The door to the clinical model (common/clinical-model) for scoring: the catalogue's rules for
 * findings, age and questionnaires, and the scoring itself. Every number comes from the model; the
 * type mapping is in {@link ClinicalModelMapping}; nothing clinical is decided here.
 */
@ApplicationScoped
public class ClinicalScoring {

    private final ClinicalModel model = ClinicalModel.standard();

    /**
     * The model's violations of findings, age and questionnaires, with paths as submitted. Messages that
     * would echo a submitted string (unknown code, invalid side) are replaced: problems are logged.
     */
    public List<Violation> check(int age, String sex, List<SubmittedFinding> findings, QuestionnaireAnswers questionnaires) {
        List<health.hipspine.model.catalogue.Violation> violations =
                new ArrayList<>(model.catalogue().validateRaw(ClinicalModelMapping.rawFindings(findings)));
        violations.addAll(model.validate(ClinicalModelMapping.inputWithoutFindings(age, sex, questionnaires)));
        return violations.stream().map(v -> new Violation(v.path(), switch (v.kind()) {
            case UNKNOWN_CODE -> "is not a code of the finding catalogue " + model.catalogue().release();
            case INVALID_SIDE -> "must be left, right or bilateral";
            default -> v.message();
        })).toList();
    }

    /**
     * What the exercise plan must know of the patient: age and NPRS as submitted. The model records no frailty
     * finding yet, so frailty is unknown (null) and only age and pain decide an easier plan.
     */
    public ExercisePrescription.Patient patient(ValidSubmission s, Scored scored) {
        Integer nprs = scored.questionnaires() == null ? null : scored.questionnaires().nprs();
        return new ExercisePrescription.Patient(s.age(), nprs, null);
    }

    public Scored score(ValidSubmission s) {
        return score(s, "en");
    }

    /** The version stamped on every result this model scores, e.g. {@code hipspine-model 2026.12.0}. */
    public String modelVersion() {
        return model.version();
    }

    /** Scored with every model text in {@code language} (en or es; the model falls back to English). */
    public Scored score(ValidSubmission s, String language) {
        return ClinicalModelMapping.scored(model.assess(
                ClinicalModelMapping.input(s.age(), s.sex(), s.findings(), s.questionnaires(), s.setting()), language));
    }
}
