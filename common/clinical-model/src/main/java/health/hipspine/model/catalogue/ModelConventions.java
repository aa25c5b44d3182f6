package health.hipspine.model.catalogue;

/**
 * Modelling conventions (not evidence), stated once in categories.json and documented in docs/clinical-model.md.
 *
 * @param likelyProbability      a category at or above this, and shifted enough by findings, counts as "likely"
 * @param closeMargin            hip and spine categories "stay close" when their probabilities differ by at most this
 * @param lequesneShrinkExponent LRs carrying the SHRUNK caution (case-control designs, another reference
 *                               standard) are raised to this power
 * @param minimumFindingShift    "likely" also needs the findings other than age to multiply the odds by at least
 *                               this much: one weak finding never makes a category likely
 * @param adultAge               below this age the adult evidence is not applied (children and adolescents)
 * @param shiftSource            where the minimum shift comes from
 * @param osteoarthritisAge      from this age an intra-articular hip source is labelled osteoarthritis
 *                               (NICE NG226 clinical diagnosis), below it impingement/labral
 */
public record ModelConventions(double likelyProbability, double closeMargin, double lequesneShrinkExponent,
                               String source, double minimumFindingShift, int adultAge, String shiftSource,
                               int osteoarthritisAge, String osteoarthritisAgeSource) {
}
