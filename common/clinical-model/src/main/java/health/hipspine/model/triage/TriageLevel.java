package health.hipspine.model.triage;

/** Overall triage of an assessment, most severe first. */
public enum TriageLevel {
    EMERGENCY, URGENT, ROUTINE
}
