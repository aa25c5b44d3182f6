package health.hipspine.report.rendering;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentResult;
import health.hipspine.report.client.ContentLookup;
import health.hipspine.report.client.ExerciseDetails;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** The patient handout in English or Spanish: our own plain words around the catalogue's exercise text. */
public final class HandoutComposer {

    public static final Set<String> LANGUAGES = Set.of("en", "es");

    private final Map<String, Map<String, String>> phrases = new HashMap<>();

    public HandoutComposer() {
        for (String language : LANGUAGES) {
            phrases.put(language, load("/handout/handout_" + language + ".properties"));
        }
    }

    public HandoutView compose(AssessmentCompletedV1 event, ContentLookup content, String language, Instant generatedAt) {
        String lang = LANGUAGES.contains(language) ? language : "en";
        List<HandoutView.Exercise> exercises = new ArrayList<>();
        boolean missing = false;
        AssessmentResult.ExercisePlan plan = event.result().exercisePlan();
        int number = 1;
        for (AssessmentResult.ExercisePlanItem item : plan == null || plan.items() == null ? List.<AssessmentResult.ExercisePlanItem>of() : plan.items()) {
            Optional<ExerciseDetails> details = content.exercise(item.exerciseCode(), lang);
            missing |= details.isEmpty();
            String name = details.map(ExerciseDetails::name).filter(s -> !s.isBlank()).orElse(item.name() == null ? item.exerciseCode() : item.name());
            String dosage = details.map(ExerciseDetails::dosage).map(ExerciseDetails.Dosage::text).filter(s -> !s.isBlank())
                    .orElse(item.dosage() == null ? "-" : item.dosage());
            exercises.add(new HandoutView.Exercise(number++, name, details.map(ExerciseDetails::summary).orElse(""), dosage,
                    details.map(ExerciseDetails::stepsOrEmpty).orElse(List.of()),
                    details.map(ExerciseDetails::precautionsOrEmpty).orElse(List.of()),
                    details.flatMap(ExercisePictures::dataUri).orElse(null),
                    details.filter(d -> d.printableSvg().isPresent()).map(ExerciseDetails::imageAlt).orElse(null)));
        }
        return new HandoutView(lang, phrases.get(lang), event.patientRef(),
                event.encounterDate() == null ? "-" : event.encounterDate().toString(), event.clinicId(), exercises, missing,
                ReportWording.TIMESTAMP.format(generatedAt), actNow(event.result(), lang));
    }

    /**
     * Where to go and how fast when triage is URGENT or EMERGENCY: the model's own words in the handout's
     * language, else our fixed phrase for the level (an event from before model 2026.12 carries none). Null for
     * ROUTINE: the usual "when to get help" box is enough then.
     */
    String actNow(AssessmentResult result, String lang) {
        String level = result.triage() == null ? null : result.triage().level();
        if (!"EMERGENCY".equals(level) && !"URGENT".equals(level)) {
            return null;
        }
        AssessmentResult.PatientInstruction instruction = result.patientInstruction();
        if (instruction != null && instruction.translations() != null && instruction.translations().get(lang) != null) {
            return instruction.translations().get(lang);
        }
        if (instruction != null && lang.equals("en") && instruction.text() != null) {
            return instruction.text();
        }
        return phrases.get(lang).get("EMERGENCY".equals(level) ? "actNowEmergency" : "actNowUrgent");
    }

    private static Map<String, String> load(String path) {
        try (InputStream in = HandoutComposer.class.getResourceAsStream(path)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            properties.forEach((k, v) -> map.put((String) k, (String) v));
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
