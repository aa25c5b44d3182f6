package health.hipspine.report.rendering;

import java.util.List;
import java.util.Map;

/**
 * The patient handout: plain words in the patient's language; {@code text} holds the fixed phrases.
 * {@code actNow} is set when triage is URGENT or EMERGENCY: where to go and how fast, printed first, and the
 * exercises are then on hold.
 */
public record HandoutView(
        String language,
        Map<String, String> text,
        String patientRef,
        String encounterDate,
        String clinic,
        List<Exercise> exercises,
        boolean detailsMissing,
        String generatedAt,
        String actNow) {

    /** {@code pictureSrc} (a data URI) and {@code pictureAlt} (in the handout's language) are null without a picture. */
    public record Exercise(int number, String name, String summary, String dosage, List<String> steps,
            List<String> precautions, String pictureSrc, String pictureAlt) {
    }
}
