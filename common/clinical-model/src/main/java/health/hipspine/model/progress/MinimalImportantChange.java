package health.hipspine.model.progress;

import health.hipspine.model.ModelResult;
import health.hipspine.model.catalogue.QuestionnaireRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges change between two assessments against what is published for each measure:
 * <ul>
 *   <li>ODI: improved by a fall of 10 points or 30% of the baseline, worsened by a rise of 10 points (Ostelo 2008);</li>
 *   <li>NPRS: improved by a fall of 30% of the baseline (Farrar 2001; the raw change that matters rises with the
 *       baseline, the percentage does not), worsened by a rise of 2 points, the minimal detectable change
 *       (Childs 2005);</li>
 *   <li>HOOS-12 and STarT Back have no published minimal important change: {@link #judge} returns empty and
 *       {@link #withoutMic} shows the change against the full-HOOS individual MDC where one exists
 *       (Gojło &amp; Paradowski 2020), else not judged.</li>
 * </ul>
 */
public final class MinimalImportantChange {

    private static final double EPSILON = 1e-9;

    private final QuestionnaireRules rules;

    public MinimalImportantChange(QuestionnaireRules rules) {
        this.rules = rules;
    }

    /**
     * The fixed points of a measure's MIC: ODI 10; NPRS 2, the line for worsening (improvement is a percent of
     * the baseline, see {@link #judge}); empty when none is documented.
     */
    public Optional<Double> threshold(Measure measure) {
        return switch (measure) {
            case ODI -> Optional.of(rules.odi().minimalImportantChange());
            case NPRS -> Optional.of(rules.nprs().minimalImportantChange());
            default -> Optional.empty();
        };
    }

    /** Citation of the MIC, or of the absence of one. */
    public String source(Measure measure) {
        return switch (measure) {
            case ODI -> rules.odi().micSource();
            case NPRS -> rules.nprs().micSource() + "; " + rules.nprs().worsenedSource();
            case STARTBACK -> rules.startBack().source();
            default -> rules.hoos12().source();
        };
    }

    /** Why a measure is not judged against a MIC (STarT Back, HOOS-12), or null. */
    public String noMicNote(Measure measure) {
        return switch (measure) {
            case ODI, NPRS -> null;
            case STARTBACK -> rules.startBack().micNote();
            default -> rules.hoos12().micNote();
        };
    }

    /**
     * IMPROVED when the score fell by at least the MIC (or its percent of the baseline), WORSENED when it rose by
     * at least the MIC, else NO_IMPORTANT_CHANGE. Empty for a measure without a published MIC.
     */
    public Optional<ChangeJudgement> judge(Measure measure, double previous, double current) {
        double change = round1(current - previous);
        Double percent = previous == 0 ? null : round1(change / previous * 100);
        return switch (measure) {
            case ODI -> {
                var odi = rules.odi();
                boolean improved = change < 0 && (-change >= odi.minimalImportantChange() - EPSILON
                        || -change >= previous * odi.minimalImportantPercent() / 100 - EPSILON);
                String rule = "Improved: a fall of " + number(odi.minimalImportantChange()) + " points or "
                        + number(odi.minimalImportantPercent()) + "% of the baseline; worsened: a rise of "
                        + number(odi.minimalImportantChange()) + " points (" + odi.micSource() + ", V).";
                yield Optional.of(new ChangeJudgement(measure, previous, current, change, odi.minimalImportantChange(),
                        source(measure), interpretation(improved, change >= odi.minimalImportantChange() - EPSILON),
                        percent, odi.minimalImportantPercent(), rule));
            }
            case NPRS -> {
                var nprs = rules.nprs();
                double needed = round1(previous * nprs.minimalImportantPercent() / 100);
                boolean improved = change < 0 && -change >= previous * nprs.minimalImportantPercent() / 100 - EPSILON;
                boolean worsened = change >= nprs.worsenedMinPoints() - EPSILON;
                yield Optional.of(new ChangeJudgement(measure, previous, current, change, needed, source(measure),
                        interpretation(improved, worsened), percent, nprs.minimalImportantPercent(),
                        nprsRule(nprs, previous, needed)));
            }
            default -> Optional.empty();
        };
    }

    private static String nprsRule(QuestionnaireRules.Nprs nprs, double previous, double needed) {
        StringBuilder rule = new StringBuilder("Improved: a fall of ").append(number(nprs.minimalImportantPercent()))
                .append("% of the baseline, here ").append(number(needed)).append(" points (")
                .append(nprs.micSource()).append(", V; Salaffi 2004, V: 15% minimal, 33% much better)");
        nprs.baselineBands().stream()
                .filter(b -> previous >= b.fromBaseline() && previous <= b.toBaseline()).findFirst()
                .ifPresent(b -> rule.append("; for a baseline of ").append(b.fromBaseline()).append('-')
                        .append(b.toBaseline()).append(" a change of ").append(b.points()).append(" points matters (")
                        .append(nprs.baselineBandSource()).append(')'));
        return rule.append(". Worsened: a rise of ").append(number(nprs.worsenedMinPoints())).append(" points (")
                .append(nprs.worsenedSource()).append(", V).").toString();
    }

    /**
     * The change of a HOOS-12 scale or the STarT Back total: judged against the full-HOOS individual minimal
     * detectable change where one matches the scale (labelled as such), else NOT_JUDGED. Higher is better for
     * HOOS-12. Empty for ODI and NPRS (use {@link #judge}).
     */
    public Optional<ChangeWithoutMic> withoutMic(Measure measure, double previous, double current) {
        double change = round1(current - previous);
        if (measure == Measure.ODI || measure == Measure.NPRS) {
            return Optional.empty();
        }
        if (measure == Measure.STARTBACK) {
            return Optional.of(new ChangeWithoutMic(measure, previous, current, change, null, "NONE",
                    rules.startBack().source(), "U", MeasurementErrorJudgement.NOT_JUDGED, rules.startBack().micNote()));
        }
        var h = rules.hoos12();
        var scale = h.scales().stream().filter(s -> measure.name().equals("HOOS12_" + s.scale())).findFirst();
        if (scale.isEmpty() || scale.get().mdcIndividual() == null) {
            return Optional.of(new ChangeWithoutMic(measure, previous, current, change, null, "NONE", h.source(), "U",
                    MeasurementErrorJudgement.NOT_JUDGED, h.micNote() + " " + h.noThresholdNote()));
        }
        double mdc = scale.get().mdcIndividual();
        MeasurementErrorJudgement judged = change >= mdc - EPSILON ? MeasurementErrorJudgement.BEYOND_MDC_BETTER
                : change <= -mdc + EPSILON ? MeasurementErrorJudgement.BEYOND_MDC_WORSE : MeasurementErrorJudgement.WITHIN_MDC;
        return Optional.of(new ChangeWithoutMic(measure, previous, current, change, mdc, "MDC_INDIVIDUAL_FULL_HOOS",
                h.mdcSource(), "V", judged, h.micNote() + " Threshold: " + scale.get().mdcScale()
                + " individual MDC " + number(mdc) + " points, beyond measurement error, not an important change."));
    }

    /** Judges every measure with a MIC present in both results (ODI percent, NPRS). */
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

    private static ChangeInterpretation interpretation(boolean improved, boolean worsened) {
        return improved ? ChangeInterpretation.IMPROVED
                : worsened ? ChangeInterpretation.WORSENED : ChangeInterpretation.NO_IMPORTANT_CHANGE;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
