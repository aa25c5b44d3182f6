package health.hipspine.events;

import java.util.List;

/**
 * Raw questionnaire answers as submitted.
 *
 * @param odi       10 Oswestry section scores 0-5, null for an unanswered section
 * @param startBack 9 STarT Back item answers (items 1-8: 0 disagree / 1 agree; item 9: 0-4, top two count)
 * @param nprs      pain now, 0-10
 * @param hoos12    12 HOOS-12 item scores 0-4 (items 1-4 Pain, 5-8 Function, 9-12 Quality of life), null for an
 *                  unanswered item; absent before issue 11
 */
public record QuestionnaireAnswers(List<Integer> odi, List<Integer> startBack, Integer nprs, List<Integer> hoos12) {

    /** Without HOOS-12 (the shape before issue 11). */
    public QuestionnaireAnswers(List<Integer> odi, List<Integer> startBack, Integer nprs) {
        this(odi, startBack, nprs, null);
    }
}
