package health.hipspine.model.progress;

/** Measures followed over time. Lower is better for ODI and NPRS; higher is better for the HOOS-12 scales. */
public enum Measure {
    ODI, NPRS, STARTBACK, HOOS12_PAIN, HOOS12_FUNCTION, HOOS12_QOL, HOOS12_SUMMARY
}
