package health.hipspine.model.catalogue;

import java.util.List;

/** Questionnaire cut-offs and minimal important changes, each with its source (questionnaires.json). */
public record QuestionnaireRules(Odi odi, StartBack startBack, Nprs nprs, Hoos12 hoos12) {

    /**
     * @param bands              upper percent limit of each band, in order MINIMAL..BED_BOUND
     * @param maxMissingSections a product rule (the evidence states no cap): more missing sections = not scored
     */
    public record Odi(int sections, int maxItemScore, List<Band> bands, double minimalImportantChange,
                      String source, String micSource, String missingRule, double minimalImportantPercent,
                      int maxMissingSections, String capRule) {
    }

    public record Band(String band, double upTo) {
    }

    /**
     * Items are 1-based; item 9 positive at or above {@code bothersomePositiveFrom}. Scored only when one of
     * {@code appliesWhenAnyOf} (back pain) is recorded.
     */
    public record StartBack(int items, int bothersomeItem, int bothersomeMax, int bothersomePositiveFrom,
                            int subscaleFirstItem, int lowMaxTotal, int highMinSubscale, String source,
                            String micNote, List<String> appliesWhenAnyOf, String populationNote) {
    }

    /**
     * @param minimalImportantChange  the fixed line for worsening (points)
     * @param minimalImportantPercent the line for improvement, percent of the baseline
     */
    public record Nprs(int min, int max, double minimalImportantChange, String micSource, String note,
                       double minimalImportantPercent, double worsenedMinPoints, String worsenedSource,
                       List<NprsBand> baselineBands, String baselineBandSource) {
    }

    /** The raw change that matters from a baseline band, as published (text, e.g. "about 2"). */
    public record NprsBand(int fromBaseline, int toBaseline, String points) {
    }

    /** HOOS-12 (Gandek 2019): three 4-item scales scored 0-100, 100 = no problems. */
    public record Hoos12(int items, int maxItemScore, int minAnsweredPerScale, List<Hoos12Scale> scales,
                         List<String> appliesWhenAnyOf, String source, String scoringRule, String summaryStatus,
                         String summaryNote, String wordingNote, String mdcSource, String micNote,
                         String noThresholdNote) {
    }

    /**
     * @param mdcIndividual the full-HOOS individual minimal detectable change of the matching scale, null
     *                      when no full-HOOS scale matches (Function merges ADL and Sport/Rec)
     */
    public record Hoos12Scale(String scale, int firstItem, int lastItem, String content, Double mdcIndividual,
                              String mdcScale) {
    }
}
