package health.hipspine.model.catalogue;

/** An age band with its LR: applies when age < {@code below} or age > {@code above} (one of them set). */
public record AgeBand(Integer below, Integer above, double likelihoodRatio, String row) {

    public boolean matches(int age) {
        return (below != null && age < below) || (above != null && age > above);
    }
}
