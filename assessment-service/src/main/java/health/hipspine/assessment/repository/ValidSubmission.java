package health.hipspine.assessment.repository;

import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;

import java.time.LocalDate;
import java.util.List;

/**
 * A submission that passed every rule: typed, and what is stored (a JSON column) and put on the event.
 * {@code setting} is {@code primary-care} or {@code specialist}; rows stored before model 2026.12 have none
 * and were scored as primary care.
 */
public record ValidSubmission(
        String patientRef,
        LocalDate encounterDate,
        int age,
        String sex,
        List<SubmittedFinding> findings,
        QuestionnaireAnswers questionnaires,
        String setting) {
}
