package health.hipspine.model.progress;

/** A change judged against the measure's minimal important change. */
public enum ChangeInterpretation {
    IMPROVED, WORSENED, NO_IMPORTANT_CHANGE
}
