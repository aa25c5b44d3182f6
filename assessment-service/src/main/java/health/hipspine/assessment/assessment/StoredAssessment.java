package health.hipspine.assessment.assessment;

import health.hipspine.assessment.submission.ValidSubmission;
import health.hipspine.events.AssessmentResult;

import java.time.Instant;
import java.util.UUID;

/** One stored assessment: what was submitted, by whom, for which clinic, and what it scored. */
public record StoredAssessment(
        UUID id,
        String clinicId,
        Instant createdAt,
        String createdBy,
        ValidSubmission submission,
        AssessmentResult result) {
}
