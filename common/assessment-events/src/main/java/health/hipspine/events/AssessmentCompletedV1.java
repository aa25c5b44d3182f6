package health.hipspine.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Data of a {@code health.hipspine.assessment.completed.v1} CloudEvent: what was submitted, the
 * scored result and the change since the patient's previous assessment.
 *
 * @param clinicId   the clinic of the submitting token; the report inherits it
 * @param clinician  the submitting subject (user or EHR client), for the report header
 * @param patientRef the caller's opaque pseudonymous id; never a name
 */
public record AssessmentCompletedV1(
        UUID assessmentId,
        String clinicId,
        String clinician,
        String patientRef,
        LocalDate encounterDate,
        int age,
        String sex,
        Instant createdAt,
        List<SubmittedFinding> findings,
        QuestionnaireAnswers questionnaireAnswers,
        AssessmentResult result,
        Progress progress) {
}
