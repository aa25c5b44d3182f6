package health.hipspine.model.catalogue;

import java.util.List;

/**
 * A published prevalence for one setting and presentation. The first matching row of a category is its prior.
 *
 * @param setting       {@code primary-care}, {@code specialist}, or null for any setting
 * @param presentation  the row applies only when one of these findings is positive (empty = any presentation)
 * @param minimumAge    the row applies only at or above this age (null = any age)
 */
public record PriorRow(String setting, List<String> presentation, Integer minimumAge, double probability,
                       String source, String evidenceStatus, LocalizedText note) {

    public PriorRow {
        presentation = presentation == null ? List.of() : List.copyOf(presentation);
    }
}
