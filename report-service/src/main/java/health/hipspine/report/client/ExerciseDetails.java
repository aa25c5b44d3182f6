package health.hipspine.report.client;

import health.hipspine.contract.content.ExerciseView;

import java.util.List;

/** The part of a content-service exercise ({@link ExerciseView}) that reports print. */
public record ExerciseDetails(
        String code,
        String name,
        String summary,
        List<String> steps,
        Dosage dosage,
        List<String> precautions,
        String version) {

    public record Dosage(Integer sets, Integer reps, Integer holdSeconds, String frequency, String text) {
    }

    /** The printed part of an exercise as the content service serves it. */
    public static ExerciseDetails of(ExerciseView exercise) {
        ExerciseView.Dosage dosage = exercise.dosage();
        return new ExerciseDetails(exercise.code(), exercise.name(), exercise.summary(), exercise.steps(),
                dosage == null ? null
                        : new Dosage(dosage.sets(), dosage.reps(), dosage.holdSeconds(), dosage.frequency(), dosage.text()),
                exercise.precautions(), String.valueOf(exercise.version()));
    }

    public List<String> stepsOrEmpty() {
        return steps == null ? List.of() : steps;
    }

    public List<String> precautionsOrEmpty() {
        return precautions == null ? List.of() : precautions;
    }
}
