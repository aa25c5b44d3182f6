package health.hipspine.model.differential;

/** Which way a likelihood ratio moved its category. */
public enum Direction {
    INCREASES, DECREASES;

    public static Direction of(double likelihoodRatio) {
        return likelihoodRatio >= 1.0 ? INCREASES : DECREASES;
    }
}
