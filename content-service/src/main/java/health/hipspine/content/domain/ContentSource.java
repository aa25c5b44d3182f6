package health.hipspine.content.domain;

import java.util.List;

/**
 * The bilingual document of one catalogue record, as the release files hold it and an editor edits it
 * (the "source form"). Bookkeeping (version, retired, origin) is kept beside it, never inside.
 */
public sealed interface ContentSource permits ConditionSource, ExerciseSource, EducationSource {

    String code();

    List<String> sources();

    static Class<? extends ContentSource> typeOf(ContentKind kind) {
        return switch (kind) {
            case CONDITION -> ConditionSource.class;
            case EXERCISE -> ExerciseSource.class;
            case EDUCATION -> EducationSource.class;
        };
    }

    /** Absent lists are empty lists, so readers never meet null. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
