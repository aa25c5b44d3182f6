package health.hipspine.assessment.history;

import health.hipspine.assessment.assessment.AssessmentRepository;
import health.hipspine.assessment.assessment.StoredAssessment;
import health.hipspine.assessment.scoring.ClinicalScoring;
import health.hipspine.events.AssessmentResult.QuestionnaireScores;
import health.hipspine.events.Progress;
import health.hipspine.events.Progress.MeasureChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * The change of each outcome measure since the previous assessment, judged against the measure's
 * minimal important change from the clinical model (ODI 10 points, Ostelo 2008; NPRS 2 points,
 * Childs 2005). Lower is better for both. STarT Back has no established minimal important change,
 * so it is not judged here; its risk group is in every assessment.
 */
@ApplicationScoped
public class ProgressJudge {

    public static final String IMPROVED = "IMPROVED";
    public static final String WORSENED = "WORSENED";
    public static final String NO_IMPORTANT_CHANGE = "NO_IMPORTANT_CHANGE";

    @Inject
    ClinicalScoring scoring;

    /** Progress of {@code current} over {@code previous}; an empty progress when there is no previous. */
    public Progress between(StoredAssessment previous, QuestionnaireScores current) {
        return previous == null ? between((AssessmentRepository.EarlierScores) null, current)
                : between(new AssessmentRepository.EarlierScores(previous.id(), previous.submission().encounterDate(),
                        previous.result().questionnaires()), current);
    }

    public Progress between(AssessmentRepository.EarlierScores previous, QuestionnaireScores current) {
        if (previous == null) {
            return new Progress(null, null, List.of());
        }
        QuestionnaireScores before = previous.questionnaires();
        List<MeasureChange> changes = new ArrayList<>();
        if (before != null && current != null) {
            if (before.odi() != null && current.odi() != null) {
                judge("ODI", before.odi().percent(), current.odi().percent()).ifPresent(changes::add);
            }
            if (before.nprs() != null && current.nprs() != null) {
                judge("NPRS", before.nprs(), current.nprs()).ifPresent(changes::add);
            }
        }
        return new Progress(previous.id(), previous.encounterDate(), List.copyOf(changes));
    }

    private java.util.Optional<MeasureChange> judge(String measure, double previous, double current) {
        return scoring.minimalImportantChange(measure).map(mic -> {
            double change = current - previous;
            String interpretation = change <= -mic.points() ? IMPROVED : change >= mic.points() ? WORSENED : NO_IMPORTANT_CHANGE;
            return new MeasureChange(measure, previous, current, change, mic.points(), mic.source(), interpretation);
        });
    }
}
