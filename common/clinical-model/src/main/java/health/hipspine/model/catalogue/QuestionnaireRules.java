package health.hipspine.model.catalogue;

import java.util.List;

/** Questionnaire cut-offs and minimal important changes, each with its source (questionnaires.json). */
public record QuestionnaireRules(Odi odi, StartBack startBack, Nprs nprs) {

    /** @param bands upper percent limit of each band, in order MINIMAL..BED_BOUND */
    public record Odi(int sections, int maxItemScore, List<Band> bands, double minimalImportantChange,
                      String source, String micSource, String missingRule) {
    }

    public record Band(String band, double upTo) {
    }

    /** Items are 1-based; item 9 positive at or above {@code bothersomePositiveFrom}. */
    public record StartBack(int items, int bothersomeItem, int bothersomeMax, int bothersomePositiveFrom,
                            int subscaleFirstItem, int lowMaxTotal, int highMinSubscale, String source,
                            String micNote) {
    }

    public record Nprs(int min, int max, double minimalImportantChange, String micSource, String note) {
    }
}
