package health.hipspine.model.catalogue;

import java.util.List;

/**
 * One finding code: its type, valid range, whether a side applies, bilingual texts and the accuracy rows.
 *
 * @param howToPerform only for examination tests; null otherwise
 */
public record FindingDefinition(
        String code,
        int version,
        FindingGroup group,
        ValueType valueType,
        String unit,
        Double min,
        Double max,
        boolean sideApplies,
        LocalizedText name,
        LocalizedText meaning,
        LocalizedText howToPerform,
        List<AccuracyRow> accuracy) {

    public FindingDefinition {
        accuracy = accuracy == null ? List.of() : List.copyOf(accuracy);
    }

    /** The rows the differential applies (at most one per finding by construction). */
    public List<AccuracyRow> usedRows() {
        return accuracy.stream().filter(r -> r.model() != null && r.model().used()).toList();
    }
}
