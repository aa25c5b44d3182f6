package health.hipspine.model.catalogue;

/**
 * Modelling conventions (not evidence), stated once in categories.json and documented in docs/clinical-model.md.
 *
 * @param likelyProbability   a category at or above this, and raised by evidence, counts as "likely"
 * @param closeMargin         hip and spine categories "stay close" when their probabilities differ by at most this
 * @param lequesneShrinkExponent LRs from Lequesne 2008 (asymptomatic controls) are raised to this power
 */
public record ModelConventions(double likelyProbability, double closeMargin, double lequesneShrinkExponent,
                               String source) {
}
