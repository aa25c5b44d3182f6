package health.hipspine.assessment.service;

import health.hipspine.assessment.mapping.ClinicalModelMapping;
import health.hipspine.events.AssessmentResult.Hoos12;
import health.hipspine.events.AssessmentResult.QuestionnaireScores;
import health.hipspine.events.Progress;
import health.hipspine.events.Progress.ChangeWithoutMic;
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
 * Progress since the previous assessment, judged by the clinical model's {@link MinimalImportantChange}:
 * ODI 10 points or 30% (Ostelo 2008); NPRS a fall of 30% of the baseline (Farrar 2001) or a rise of 2 points
 * (Childs 2005); lower is better for both. HOOS-12 and STarT Back have no published minimal important change:
 * their changes are shown in {@code changesWithoutMic}, HOOS-12 judged only against the full-HOOS individual MDC
 * where the model has one. Nothing is decided here.
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
            return new Progress(null, null, List.of(), List.of());
        }
        QuestionnaireScores before = previous.questionnaires();
        List<MeasureChange> changes = new ArrayList<>();
        List<ChangeWithoutMic> withoutMic = new ArrayList<>();
        if (before != null && current != null) {
            if (before.odi() != null && current.odi() != null) {
                mic.judge(Measure.ODI, before.odi().percent(), current.odi().percent())
                        .map(ClinicalModelMapping::measureChange).ifPresent(changes::add);
            }
            if (before.nprs() != null && current.nprs() != null) {
                mic.judge(Measure.NPRS, before.nprs(), current.nprs()).map(ClinicalModelMapping::measureChange).ifPresent(changes::add);
            }
            if (before.startBack() != null && current.startBack() != null) {
                withoutMic(Measure.STARTBACK, (double) before.startBack().total(), (double) current.startBack().total(), withoutMic);
            }
            Hoos12 b = before.hoos12();
            Hoos12 c = current.hoos12();
            if (b != null && c != null) {
                withoutMic(Measure.HOOS12_PAIN, b.pain(), c.pain(), withoutMic);
                withoutMic(Measure.HOOS12_FUNCTION, b.function(), c.function(), withoutMic);
                withoutMic(Measure.HOOS12_QOL, b.qualityOfLife(), c.qualityOfLife(), withoutMic);
                withoutMic(Measure.HOOS12_SUMMARY, b.summary(), c.summary(), withoutMic);
            }
        }
        return new Progress(previous.id(), previous.encounterDate(), List.copyOf(changes), List.copyOf(withoutMic));
    }

    // a scale that was not scored on either side (too few items) has no change
    private void withoutMic(Measure measure, Double before, Double current, List<ChangeWithoutMic> out) {
        if (before != null && current != null) {
            mic.withoutMic(measure, before, current).map(ClinicalModelMapping::changeWithoutMic).ifPresent(out::add);
        }
    }
}
