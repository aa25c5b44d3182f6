package health.hipspine.model.questionnaire;

/**
 * A submitted questionnaire (or one of its scales) that was not scored.
 *
 * @param measure ODI, STARTBACK, HOOS12, HOOS12_PAIN, HOOS12_FUNCTION or HOOS12_QOL
 * @param reason  why, in the result's language
 * @param source  the rule's source, or "product rule" where the evidence gives none
 */
public record NotScored(String measure, String reason, String source) {
}
