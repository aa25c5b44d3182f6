package health.hipspine.model.catalogue;

import health.hipspine.model.triage.TriageLevel;

/**
 * What the clinician does at each overall triage level, with its source, and what the patient is told in plain
 * words (where to go and how fast).
 */
public record TriageAction(TriageLevel level, LocalizedText action, String source, LocalizedText patientAdvice) {
}
