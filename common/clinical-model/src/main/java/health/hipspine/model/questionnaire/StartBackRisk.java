package health.hipspine.model.questionnaire;

/** STarT Back risk group (Hill 2008). */
public enum StartBackRisk {
    LOW, MEDIUM, HIGH
}
