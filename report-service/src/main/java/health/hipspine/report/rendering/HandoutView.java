package health.hipspine.report.rendering;

import java.util.List;
import java.util.Map;

/** The patient handout: plain words in the patient's language; {@code text} holds the fixed phrases. */
public record HandoutView(
        String language,
        Map<String, String> text,
        String patientRef,
        String encounterDate,
        String clinic,
        List<Exercise> exercises,
        boolean detailsMissing,
        String generatedAt) {

    public record Exercise(int number, String name, String summary, String dosage, List<String> steps,
            List<String> precautions) {
    }
}
