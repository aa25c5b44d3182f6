package health.hipspine.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of {@code GET /api/v1/findings/{code}} a report prints: a clinical-model finding, served read-only
 * by the content service and not part of {@code common/content-contract}; every other field is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FindingName(String code, String name) {
}
