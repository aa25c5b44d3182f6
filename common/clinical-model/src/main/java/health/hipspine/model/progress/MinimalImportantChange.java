package health.hipspine.model.progress;

import health.hipspine.model.ModelResult;
import health.hipspine.model.catalogue.QuestionnaireRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges change between two assessments against each measure's minimal important change (MIC): ODI 10
 * points (Ostelo 2008), NPRS 2 points (Childs 2005; Ostelo 2008). STarT Back has no MIC in the evidence
 * file, so it is never judged ({@link #judge} returns empty; {@link #noMicNote} says why).
 */
public final class MinimalImportantChange {

    private static final double EPSILON = 1e-9;

    private final QuestionnaireRules rules;

    public MinimalImportantChange(QuestionnaireRules rules) {
        this.rules = rules;
    }

    /** The MIC of a measure in its own units; empty when none is documented. */
    public Optional<Double> threshold(Measure measure) {
        return switch (measure) {
            case ODI -> Optional.of(rules.odi().minimalImportantChange());
            case NPRS -> Optional.of(rules.nprs().minimalImportantChange());
            case STARTBACK -> Optional.empty();
        };
    }

    /** Citation of the MIC, or of the absence of one. */
    public String source(Measure measure) {
        return switch (measure) {
            case ODI -> rules.odi().micSource();
            case NPRS -> rules.nprs().micSource();
            case STARTBACK -> rules.startBack().source();
        };
    }

    /** Why a measure is not judged (STarT Back), or null. */
    public String noMicNote(Measure measure) {
        return measure == Measure.STARTBACK ? rules.startBack().micNote() : null;
    }

    /**
     * IMPROVED when the score fell by at least the MIC, WORSENED when it rose by at least the MIC, else
     * NO_IMPORTANT_CHANGE. Empty for a measure without a documented MIC.
     */
    public Optional<ChangeJudgement> judge(Measure measure, double previous, double current) {
        Optional<Double> mic = threshold(measure);
        if (mic.isEmpty()) {
            return Optional.empty();
        }
        double change = Math.round((current - previous) * 10) / 10.0;
        ChangeInterpretation interpretation = change <= -mic.get() + EPSILON ? ChangeInterpretation.IMPROVED
                : change >= mic.get() - EPSILON ? ChangeInterpretation.WORSENED
                : ChangeInterpretation.NO_IMPORTANT_CHANGE;
        return Optional.of(new ChangeJudgement(measure, previous, current, change, mic.get(), source(measure), interpretation));
    }

    /** Judges every measure present in both results (ODI percent, NPRS). */
    public List<ChangeJudgement> compare(ModelResult previous, ModelResult current) {
        List<ChangeJudgement> out = new ArrayList<>();
        var p = previous.questionnaires();
        var c = current.questionnaires();
        if (p.odi() != null && c.odi() != null) {
            judge(Measure.ODI, p.odi().percent(), c.odi().percent()).ifPresent(out::add);
        }
        if (p.nprs() != null && c.nprs() != null) {
            judge(Measure.NPRS, p.nprs(), c.nprs()).ifPresent(out::add);
        }
        return out;
    }
}
