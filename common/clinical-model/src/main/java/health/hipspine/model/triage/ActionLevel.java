package health.hipspine.model.triage;

/** What one red-flag rule asks for. MONITOR keeps the triage ROUTINE but is listed as a reason. */
public enum ActionLevel {
    EMERGENCY, URGENT, MONITOR;

    public TriageLevel triageLevel() {
        return switch (this) {
            case EMERGENCY -> TriageLevel.EMERGENCY;
            case URGENT -> TriageLevel.URGENT;
            case MONITOR -> TriageLevel.ROUTINE;
        };
    }
}
