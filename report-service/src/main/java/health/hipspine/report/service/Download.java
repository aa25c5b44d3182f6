package health.hipspine.report.service;

import health.hipspine.report.repository.StoredDocument;

/** How a download request ended (already audited). */
public sealed interface Download {

    /** No such report, version or document in the caller's clinic (or not rendered yet). */
    record NotFound() implements Download {
    }

    /** The caller's copy ({@code If-None-Match}) is current. */
    record NotModified(String sha256) implements Download {
    }

    record Found(StoredDocument document) implements Download {
    }
}
