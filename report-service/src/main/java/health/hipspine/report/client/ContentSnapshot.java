package health.hipspine.report.client;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.SubmittedFinding;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every catalogue text one document needs, fetched before rendering starts, so rendering (which holds a
 * database lock) never waits on the network; {@link #complete()} says whether anything was missing.
 */
public final class ContentSnapshot implements ContentLookup {

    private final Map<String, Optional<ExerciseDetails>> exercises = new HashMap<>();
    private final Map<String, Optional<String>> findings = new HashMap<>();
    private final String language;

    private ContentSnapshot(String language) {
        this.language = language;
    }

    public static ContentSnapshot of(AssessmentCompletedV1 event, ContentLookup source, String language, boolean withFindings) {
        ContentSnapshot snapshot = new ContentSnapshot(language);
        AssessmentResult.ExercisePlan plan = event.result().exercisePlan();
        if (plan != null && plan.items() != null) {
            for (AssessmentResult.ExercisePlanItem item : plan.items()) {
                snapshot.exercises.put(item.exerciseCode(), source.exercise(item.exerciseCode(), language));
            }
        }
        if (withFindings) {
            Set<String> codes = new LinkedHashSet<>();
            if (event.findings() != null) {
                event.findings().stream().map(SubmittedFinding::code).forEach(codes::add);
            }
            event.result().differential().forEach(d -> {
                if (d.contributions() != null) {
                    d.contributions().forEach(c -> codes.add(c.findingCode()));
                }
            });
            for (String code : codes) {
                snapshot.findings.put(code, source.findingName(code, language));
            }
        }
        return snapshot;
    }

    public boolean complete() {
        return exercises.values().stream().allMatch(Optional::isPresent)
                && findings.values().stream().allMatch(Optional::isPresent);
    }

    @Override
    public Optional<ExerciseDetails> exercise(String code, String lang) {
        return lang.equals(language) ? exercises.getOrDefault(code, Optional.empty()) : Optional.empty();
    }

    @Override
    public Optional<String> findingName(String code, String lang) {
        return lang.equals(language) ? findings.getOrDefault(code, Optional.empty()) : Optional.empty();
    }
}
