package health.hipspine.report.client;

import java.util.Optional;

/**
 * What a report needs from the content catalogue. Empty means "not available right now" (service down,
 * unknown code, no token): the report then prints what the event carries and says so.
 */
public interface ContentLookup {

    Optional<ExerciseDetails> exercise(String code, String language);

    Optional<String> findingName(String code, String language);

    /** A lookup for when the catalogue is known to be unreachable (and for renders without a network). */
    ContentLookup NONE = new ContentLookup() {
        @Override
        public Optional<ExerciseDetails> exercise(String code, String language) {
            return Optional.empty();
        }

        @Override
        public Optional<String> findingName(String code, String language) {
            return Optional.empty();
        }
    };
}
