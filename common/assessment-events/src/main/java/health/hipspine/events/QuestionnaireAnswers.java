package health.hipspine.events;

import java.util.List;

/**
 * Raw questionnaire answers as submitted.
 *
 * @param odi       10 Oswestry section scores 0-5, null for an unanswered section
 * @param startBack 9 STarT Back item answers (items 1-8: 0 disagree / 1 agree; item 9: 0-4, top two count)
 * @param nprs      pain now, 0-10
 */
public record QuestionnaireAnswers(List<Integer> odi, List<Integer> startBack, Integer nprs) {
}
