package health.hipspine.model.questionnaire;

import java.util.List;

/**
 * Scores of the questionnaires that were submitted; a part is null when not submitted or not scorable, and
 * {@link #notScored} says why a submitted one was not scored.
 */
public record QuestionnaireScores(OdiScore odi, StartBackScore startBack, Integer nprs, Hoos12Score hoos12,
                                  List<NotScored> notScored) {

    public static final QuestionnaireScores NONE = new QuestionnaireScores(null, null, null);

    public QuestionnaireScores {
        notScored = notScored == null ? List.of() : List.copyOf(notScored);
    }

    /** Without HOOS-12 and reasons (the shape before issue 11). */
    public QuestionnaireScores(OdiScore odi, StartBackScore startBack, Integer nprs) {
        this(odi, startBack, nprs, null, List.of());
    }
}
