package health.hipspine.content.service;

import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentRules;
import health.hipspine.content.domain.ContentSource;
import health.hipspine.content.domain.ExerciseSource;
import health.hipspine.kit.problem.Violation;
import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.repository.ContentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every record passes the same checks, whether it comes from a release file or an editor: the typed
 * record's Bean Validation (required fields, both languages, vocabularies, ranges), then the
 * {@link ContentValidator} rules that need to know which codes exist. All violations at once, each
 * naming its field path, so an editor can fix them in one go.
 */
@ApplicationScoped
public class ContentChecks {

    private final Validator validator;
    private final ContentRepository records;
    private final ClinicalModelCatalogue model;
    private final ExercisePictures pictures;

    public ContentChecks(Validator validator, ContentRepository records, ClinicalModelCatalogue model,
                         ExercisePictures pictures) {
        this.validator = validator;
        this.records = records;
        this.model = model;
        this.pictures = pictures;
    }

    /** The codes links may point at: those stored, plus those about to be stored (an import's files). */
    public ContentValidator.Vocabulary vocabulary(Collection<String> newExercises, Collection<String> newConditions) {
        Set<String> exercises = new HashSet<>(records.codes(ContentKind.EXERCISE));
        Set<String> conditions = new HashSet<>(records.codes(ContentKind.CONDITION));
        exercises.addAll(newExercises);
        conditions.addAll(newConditions);
        return new ContentValidator.Vocabulary(exercises, conditions, model.findingCodes(), model.redFlagFindingCodes());
    }

    public List<Violation> check(ContentSource source, ContentValidator.Vocabulary vocabulary) {
        return Stream.of(ContentMapper.violations(validator.validate(source)).stream(),
                        ContentValidator.validate(source, vocabulary).stream(), picture(source))
                .flatMap(s -> s)
                .distinct()
                .toList();
    }

    /** A named picture must be a file of the release (a well-formed name that is missing is the only case left). */
    private Stream<Violation> picture(ContentSource source) {
        if (source instanceof ExerciseSource e && e.image() != null && e.image().file() != null
                && e.image().file().matches(ContentRules.PICTURE_FILE) && pictures.file(e.image().file()).isEmpty()) {
            return Stream.of(new Violation("image.file", "is not a picture of the content release"));
        }
        return Stream.empty();
    }
}
