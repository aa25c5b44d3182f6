package health.hipspine.model.progress;

/** Measures followed over time. Lower is better for ODI and NPRS. */
public enum Measure {
    ODI, NPRS, STARTBACK
}
