package health.hipspine.report.report;

public enum DocumentKind {
    CLINICIAN, HANDOUT
}
