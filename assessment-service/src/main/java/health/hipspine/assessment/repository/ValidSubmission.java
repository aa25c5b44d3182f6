package health.hipspine.assessment.repository;

import health.hipspine.events.QuestionnaireAnswers;
import health.hipspine.events.SubmittedFinding;

import java.time.LocalDate;
import java.util.List;

/** A submission that passed every rule: typed, and what is stored (a JSON column) and put on the event. */
public record ValidSubmission(
        String patientRef,
        LocalDate encounterDate,
        int age,
        String sex,
        List<SubmittedFinding> findings,
        QuestionnaireAnswers questionnaires) {
}
