package health.hipspine.model.catalogue;

public enum FindingGroup {
    SYMPTOM, HISTORY, EXAMINATION, RED_FLAG
}
