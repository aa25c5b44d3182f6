package health.hipspine.content.service;

import health.hipspine.content.domain.ContentKind;
import health.hipspine.content.domain.ContentSource;
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

    public ContentChecks(Validator validator, ContentRepository records, ClinicalModelCatalogue model) {
        this.validator = validator;
        this.records = records;
        this.model = model;
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
        return Stream.concat(ContentMapper.violations(validator.validate(source)).stream(),
                        ContentValidator.validate(source, vocabulary).stream())
                .distinct()
                .toList();
    }
}
