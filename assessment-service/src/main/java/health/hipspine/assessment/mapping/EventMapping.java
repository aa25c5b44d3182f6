package health.hipspine.assessment.mapping;

import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.Progress;

/** The wire event of a stored assessment: mapped from the entity, never the entity itself. */
public final class EventMapping {

    private EventMapping() {
    }

    public static AssessmentCompletedV1 completed(AssessmentEntity a, Progress progress) {
        ValidSubmission s = a.submission;
        return new AssessmentCompletedV1(a.id, a.clinicId, a.createdBy, s.patientRef(), s.encounterDate(), s.age(), s.sex(),
                a.createdAt, s.findings(), s.questionnaires(), a.result, progress);
    }
}
