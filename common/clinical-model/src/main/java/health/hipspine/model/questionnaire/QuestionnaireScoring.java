package health.hipspine.model.questionnaire;

import health.hipspine.model.catalogue.QuestionnaireRules;

import java.util.List;

/** Scores validated questionnaire answers by the published rules held in questionnaires.json. */
public final class QuestionnaireScoring {

    private final QuestionnaireRules rules;

    public QuestionnaireScoring(QuestionnaireRules rules) {
        this.rules = rules;
    }

    /**
     * Oswestry (Fairbank 2000): sum / (5 x sections answered) x 100, one decimal; null when nothing answered or
     * when more sections are missing than the product rule allows ({@link #odiMissing}; the evidence states no cap).
     */
    public OdiScore odi(List<Integer> sections) {
        if (sections == null || odiMissing(sections) > rules.odi().maxMissingSections()) {
            return null;
        }
        int answered = 0;
        int sum = 0;
        for (Integer s : sections) {
            if (s != null) {
                answered++;
                sum += s;
            }
        }
        if (answered == 0) {
            return null;
        }
        double percent = Math.round(sum * 1000.0 / (rules.odi().maxItemScore() * answered)) / 10.0;
        return new OdiScore(percent, band(percent), answered);
    }

    /** How many ODI sections are unanswered (null). */
    public int odiMissing(List<Integer> sections) {
        return sections == null ? 0 : (int) sections.stream().filter(java.util.Objects::isNull).count();
    }

    private OdiBand band(double percent) {
        for (QuestionnaireRules.Band b : rules.odi().bands()) {
            if (percent <= b.upTo()) {
                return OdiBand.valueOf(b.band());
            }
        }
        return OdiBand.BED_BOUND;
    }

    /**
     * STarT Back (Hill 2008): items 1-8 score 1 when agreed; item 9 scores 1 for its top two answers.
     * Psychosocial subscale = items 5-9. HIGH when subscale >= 4, LOW when total <= 3, else MEDIUM.
     */
    public StartBackScore startBack(List<Integer> items) {
        if (items == null) {
            return null;
        }
        QuestionnaireRules.StartBack sb = rules.startBack();
        int total = 0;
        int subscale = 0;
        for (int i = 0; i < items.size(); i++) {
            int item = i + 1;
            int score = item == sb.bothersomeItem()
                    ? (items.get(i) >= sb.bothersomePositiveFrom() ? 1 : 0)
                    : (items.get(i) >= 1 ? 1 : 0);
            total += score;
            if (item >= sb.subscaleFirstItem()) {
                subscale += score;
            }
        }
        StartBackRisk risk = subscale >= sb.highMinSubscale() ? StartBackRisk.HIGH
                : total <= sb.lowMaxTotal() ? StartBackRisk.LOW : StartBackRisk.MEDIUM;
        return new StartBackScore(total, subscale, risk);
    }

    /**
     * HOOS-12 (Gandek 2019; koos.nu): per scale, the mean of its answered items (the person-specific value a
     * missing item takes) transformed to 100 - mean / 4 x 100, one decimal; a scale with fewer than 2 of its 4
     * items answered is null. Summary: the mean of the three scales when all are scored (KOOS-12 rule, S;
     * inferred for HOOS-12, U). Null when nothing was submitted.
     */
    public Hoos12Score hoos12(List<Integer> items) {
        if (items == null) {
            return null;
        }
        QuestionnaireRules.Hoos12 h = rules.hoos12();
        Double[] scales = new Double[h.scales().size()];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = hoos12Scale(items, h.scales().get(i), h);
        }
        Double summary = null;
        if (java.util.Arrays.stream(scales).allMatch(java.util.Objects::nonNull)) {
            summary = round1(java.util.Arrays.stream(scales).mapToDouble(Double::doubleValue).average().orElseThrow());
        }
        int answered = (int) items.stream().filter(java.util.Objects::nonNull).count();
        return new Hoos12Score(scales[0], scales[1], scales[2], summary, h.summaryStatus(), h.summaryNote(), answered, h.source());
    }

    /** Answered items of one HOOS-12 scale. */
    public int hoos12Answered(List<Integer> items, QuestionnaireRules.Hoos12Scale scale) {
        int answered = 0;
        for (int item = scale.firstItem(); item <= scale.lastItem(); item++) {
            if (items.get(item - 1) != null) {
                answered++;
            }
        }
        return answered;
    }

    private Double hoos12Scale(List<Integer> items, QuestionnaireRules.Hoos12Scale scale, QuestionnaireRules.Hoos12 h) {
        int answered = hoos12Answered(items, scale);
        if (answered < h.minAnsweredPerScale()) {
            return null;
        }
        int sum = 0;
        for (int item = scale.firstItem(); item <= scale.lastItem(); item++) {
            Integer v = items.get(item - 1);
            sum += v == null ? 0 : v;
        }
        double mean = (double) sum / answered;
        return round1(100 - mean / h.maxItemScore() * 100);
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
