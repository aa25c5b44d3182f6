package health.hipspine.model;

import health.hipspine.model.catalogue.FindingCatalogue;
import health.hipspine.model.catalogue.Violation;
import health.hipspine.model.progress.MinimalImportantChange;

import java.util.List;

/**
 * The hip-spine clinical model: red-flag triage, a Bayesian differential over six pain-source categories
 * (published priors by setting, correlated findings counted once), questionnaire scores, next steps and a
 * plain-words patient instruction. Pure and thread-safe: {@link #assess} depends only on its input and
 * the catalogue loaded once at construction.
 */
public final class ClinicalModel {

    /** Prefix of {@link #version()}. */
    public static final String NAME = "hipspine-model";

    private static final class Standard {
        static final ClinicalModel INSTANCE = new ClinicalModel(FindingCatalogue.bundled());
    }

    private final FindingCatalogue catalogue;
    private final Assessor assessor;
    private final MinimalImportantChange minimalImportantChange;

    public ClinicalModel(FindingCatalogue catalogue) {
        this.catalogue = catalogue;
        this.assessor = new Assessor(catalogue, version());
        this.minimalImportantChange = new MinimalImportantChange(catalogue.questionnaireRules());
    }

    /** The model over the catalogue bundled in this jar, loaded once per JVM. */
    public static ClinicalModel standard() {
        return Standard.INSTANCE;
    }

    /** Stamped on every result, e.g. {@code hipspine-model 2026.12.0}. */
    public String version() {
        return NAME + " " + catalogue.release();
    }

    public FindingCatalogue catalogue() {
        return catalogue;
    }

    /** Judges change between two results against each measure's minimal important change. */
    public MinimalImportantChange minimalImportantChange() {
        return minimalImportantChange;
    }

    /**
     * Everything wrong with an input: age 0-120, every finding (see {@link FindingCatalogue#validate}) and the
     * questionnaires (ODI 10 sections 0-5 or null; STarT Back 9 answers; NPRS 0-10; HOOS-12 12 items 0-4 or null). Empty = valid.
     */
    public List<Violation> validate(AssessmentInput input) {
        return InputValidation.validate(catalogue, input);
    }

    /** Scores an input with texts in English. */
    public ModelResult assess(AssessmentInput input) {
        return assess(input, "en");
    }

    /**
     * Scores an input; texts in {@code language} where the catalogue has it, else English.
     *
     * @throws InvalidAssessmentException when {@link #validate} finds violations
     */
    public ModelResult assess(AssessmentInput input, String language) {
        List<Violation> violations = validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidAssessmentException(violations);
        }
        return assessor.assess(input, language == null ? "en" : language);
    }
}
