package health.hipspine.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The part of a content-service exercise that reports print. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExerciseDetails(
        String code,
        String name,
        String summary,
        List<String> steps,
        Dosage dosage,
        List<String> precautions,
        String version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dosage(Integer sets, Integer reps, Integer holdSeconds, String frequency, String text) {
    }

    public List<String> stepsOrEmpty() {
        return steps == null ? List.of() : steps;
    }

    public List<String> precautionsOrEmpty() {
        return precautions == null ? List.of() : precautions;
    }
}
