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
     * Oswestry (Fairbank 2000): sum / (5 x sections answered) x 100, one decimal; null when nothing answered.
     */
    public OdiScore odi(List<Integer> sections) {
        if (sections == null) {
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
}
