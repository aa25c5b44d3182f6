package health.hipspine.model.questionnaire;

/** STarT Back: total 0-9, psychosocial subscale (items 5-9) 0-5 and risk group (Hill 2008). */
public record StartBackScore(int total, int psychosocialSubscale, StartBackRisk riskGroup) {
}
