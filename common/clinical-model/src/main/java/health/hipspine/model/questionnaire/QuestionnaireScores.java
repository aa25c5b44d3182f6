package health.hipspine.model.questionnaire;

/** Scores of the questionnaires that were submitted; a part is null when not submitted or not scorable. */
public record QuestionnaireScores(OdiScore odi, StartBackScore startBack, Integer nprs) {

    public static final QuestionnaireScores NONE = new QuestionnaireScores(null, null, null);
}
