package health.hipspine.report.repository;

/** PENDING: recorded from the event, PDF not rendered yet; READY: a PDF exists; FAILED: rendering failed (see reason). */
public enum ReportStatus {
    PENDING, READY, FAILED
}
