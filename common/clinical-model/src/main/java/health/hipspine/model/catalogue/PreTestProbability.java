package health.hipspine.model.catalogue;

/**
 * A category's prior.
 *
 * @param kind   PUBLISHED (a prevalence from the evidence file) or CONVENTION (a labelled modelling choice)
 * @param source the citation, or the name of the convention
 */
public record PreTestProbability(double probability, String kind, String source, LocalizedText note) {

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isConvention() {
        return "CONVENTION".equals(kind);
    }
}
