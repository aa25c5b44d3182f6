package health.hipspine.model.questionnaire;

/**
 * HOOS-12 (Gandek 2019): each scale 0-100, 100 = no problems, one decimal; null when the scale had fewer than
 * half its items answered.
 *
 * @param summary       mean of the three scales when all are scored, else null; its rule is not confirmed for
 *                      HOOS-12 ({@code summaryStatus} U, {@code summaryNote} says why)
 * @param itemsAnswered of 12
 */
public record Hoos12Score(Double pain, Double function, Double qualityOfLife, Double summary, String summaryStatus,
                          String summaryNote, int itemsAnswered, String source) {
}
