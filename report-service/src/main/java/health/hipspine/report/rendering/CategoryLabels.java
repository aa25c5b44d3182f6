package health.hipspine.report.rendering;

import health.hipspine.model.ClinicalModel;
import health.hipspine.model.catalogue.CategoryDefinition;
import health.hipspine.model.catalogue.LocalizedText;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Names of the differential categories, in English or Spanish, exactly as the clinical model's catalogue
 * words them: the report never words a clinical category itself.
 */
public final class CategoryLabels {

    private static final Map<String, LocalizedText> NAMES = ClinicalModel.standard().catalogue().categories().stream()
            .collect(Collectors.toUnmodifiableMap(c -> c.code().name(), CategoryDefinition::name));

    private CategoryLabels() {
    }

    /** The catalogue's name of {@code category} in {@code language} (English where it has none); an unknown code as it is. */
    public static String label(String category, String language) {
        if (category == null) {
            return "-";
        }
        LocalizedText name = NAMES.get(category);
        return name == null ? category : name.in(language);
    }
}
