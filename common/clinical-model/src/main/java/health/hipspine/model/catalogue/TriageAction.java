package health.hipspine.model.catalogue;

import health.hipspine.model.triage.TriageLevel;

/** What the clinician does at each overall triage level, with its source. */
public record TriageAction(TriageLevel level, LocalizedText action, String source) {
}
