package health.hipspine.model.catalogue;

/**
 * One item of a cluster. Either a finding (positive when true, or for a number when it is at most
 * {@code atMost}), optionally restricted to a side, or the patient's age above {@code ageAbove}.
 */
public record ClusterItem(String id, String finding, String side, Double atMost, Integer ageAbove, LocalizedText name) {
}
