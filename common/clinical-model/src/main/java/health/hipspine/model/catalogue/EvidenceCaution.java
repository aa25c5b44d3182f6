package health.hipspine.model.catalogue;

/** Why a number used by the model is weaker than it looks; each one raises a warning in the result. */
public enum EvidenceCaution {
    /** Status S: verified only from a secondary source. */
    SECONDARY_SOURCE,
    /** Status C: LR computed from Sn/Sp in the evidence file. */
    COMPUTED,
    /** Cases compared with a separate control group: spectrum bias inflates the LRs. */
    CASE_CONTROL,
    /** Sources disagree on the figures. */
    CONFLICTING_SOURCES,
    /** Pooled from studies at high risk of bias. */
    HIGH_RISK_OF_BIAS,
    /** Sn or Sp was 1.00; the LR was capped with a 0.5 continuity correction. */
    CONTINUITY_CORRECTED,
    /** The published LR was shrunk by a modelling convention (see docs/clinical-model.md). */
    SHRUNK,
    /** The only published figures use another reference standard (e.g. surgery, not MRI): applied shrunk. */
    REFERENCE_STANDARD_MISMATCH
}
