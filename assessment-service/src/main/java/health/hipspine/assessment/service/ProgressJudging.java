package health.hipspine.assessment.service;

import health.hipspine.assessment.mapping.ClinicalModelMapping;
import health.hipspine.events.AssessmentResult.QuestionnaireScores;
import health.hipspine.events.Progress;
import health.hipspine.events.Progress.MeasureChange;
import health.hipspine.model.ClinicalModel;
import health.hipspine.model.progress.Measure;
import health.hipspine.model.progress.MinimalImportantChange;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Progress since the previous assessment, judged by the clinical model's {@link MinimalImportantChange}
 * (ODI 10 points, Ostelo 2008; NPRS 2 points, Childs 2005; lower is better). STarT Back has no
 * established minimal important change, so the model does not judge it. Nothing is decided here.
 */
@ApplicationScoped
public class ProgressJudging {

    private final MinimalImportantChange mic;

    public ProgressJudging() {
        this(ClinicalModel.standard().minimalImportantChange());
    }

    ProgressJudging(MinimalImportantChange mic) {
        this.mic = mic;
    }

    /** The earlier assessment a change is measured from. */
    public record Earlier(UUID id, LocalDate encounterDate, QuestionnaireScores questionnaires) {
    }

    /** Progress of {@code current} over {@code previous}; an empty progress when there is no previous. */
    public Progress between(Earlier previous, QuestionnaireScores current) {
        if (previous == null) {
            return new Progress(null, null, List.of());
        }
        QuestionnaireScores before = previous.questionnaires();
        List<MeasureChange> changes = new ArrayList<>();
        if (before != null && current != null) {
            if (before.odi() != null && current.odi() != null) {
                mic.judge(Measure.ODI, before.odi().percent(), current.odi().percent())
                        .map(ClinicalModelMapping::measureChange).ifPresent(changes::add);
            }
            if (before.nprs() != null && current.nprs() != null) {
                mic.judge(Measure.NPRS, before.nprs(), current.nprs()).map(ClinicalModelMapping::measureChange).ifPresent(changes::add);
            }
        }
        return new Progress(previous.id(), previous.encounterDate(), List.copyOf(changes));
    }
}
