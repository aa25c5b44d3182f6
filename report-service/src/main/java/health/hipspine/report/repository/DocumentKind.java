package health.hipspine.report.repository;

public enum DocumentKind {
    CLINICIAN, HANDOUT
}
