package health.hipspine.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.assessment.audit.AuditTrail;
import health.hipspine.assessment.audit.AuditTrail.Action;
import health.hipspine.assessment.audit.AuditTrail.Outcome;
import health.hipspine.assessment.caller.Caller;
import health.hipspine.assessment.content.ExercisePlanner;
import health.hipspine.assessment.history.ProgressJudge;
import health.hipspine.assessment.idempotency.IdempotencyKeys;
import health.hipspine.assessment.outbox.Outbox;
import health.hipspine.assessment.outbox.OutboxRelay;
import health.hipspine.assessment.problem.Problems;
import health.hipspine.assessment.scoring.ClinicalScoring;
import health.hipspine.assessment.scoring.Scored;
import health.hipspine.assessment.submission.AssessmentSubmission;
import health.hipspine.assessment.submission.SubmissionRules;
import health.hipspine.assessment.submission.ValidSubmission;
import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.Progress;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submitting and reading assessments. Scoring and the exercise plan are computed before the
 * transaction (they may call the content service); the transaction then writes the assessment, its
 * outbox event, the idempotency key and the audit record together, and nothing else.
 */
@ApplicationScoped
public class AssessmentService {

    public static final String RESOURCE = "assessment";

    @Inject
    Caller caller;
    @Inject
    SubmissionRules rules;
    @Inject
    ClinicalScoring scoring;
    @Inject
    ExercisePlanner planner;
    @Inject
    AssessmentRepository assessments;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    ProgressJudge progressJudge;
    @Inject
    AuditTrail audit;
    @Inject
    ObjectMapper json;

    /** @param replayed true when an earlier request with the same Idempotency-Key created it */
    public record Submitted(StoredAssessment assessment, boolean replayed) {
    }

    public Submitted submit(AssessmentSubmission submission, String idempotencyKey) {
        String clinic = requireClinic(Action.CREATE);
        ValidSubmission valid;
        try {
            valid = rules.check(submission);
        } catch (HttpProblem rejected) {
            audit.recordAlone(Action.CREATE, RESOURCE, null, Outcome.REJECTED);
            throw rejected;
        }
        if (idempotencyKey != null && !idempotencyKey.matches(IdempotencyKeys.KEY_PATTERN)) {
            audit.recordAlone(Action.CREATE, RESOURCE, null, Outcome.REJECTED);
            throw Problems.malformed("Idempotency-Key", "must be 1-128 letters, digits or . _ : -");
        }

        Scored scored = scoring.score(valid);
        ExercisePlanner.Planned planned = planner.plan(scored.recommendedConditionCodes(), scored.likelyConditionCodes(),
                caller.bearerAuthorization());
        List<AssessmentResult.Warning> warnings = new ArrayList<>(scored.warnings());
        warnings.addAll(planned.warnings());
        AssessmentResult result = new AssessmentResult(scored.modelVersion(), planned.contentRelease(), scored.triage(),
                scored.differential(), scored.hipSpineSyndrome(), scored.questionnaires(), planned.plan(), scored.nextSteps(),
                List.copyOf(warnings));

        // PostgreSQL keeps microseconds: truncate so the response, the row and the event agree
        StoredAssessment candidate = new StoredAssessment(UUID.randomUUID(), clinic,
                Instant.now().truncatedTo(ChronoUnit.MICROS), caller.displayName(), valid, result);
        String fingerprint = idempotencyKey == null ? null : IdempotencyKeys.fingerprint(canonical(valid));

        Optional<Submitted> stored = QuarkusTransaction.joiningExisting().call(() -> store(candidate, idempotencyKey, fingerprint));
        if (stored.isEmpty()) {
            audit.recordAlone(Action.CREATE, RESOURCE, null, Outcome.REJECTED);
            throw Problems.idempotencyKeyReused();
        }
        if (!stored.get().replayed()) {
            relay.wakeUp();
        }
        return stored.get();
    }

    /** Runs in the transaction; empty when the idempotency key was used for another request. */
    private Optional<Submitted> store(StoredAssessment candidate, String idempotencyKey, String fingerprint) {
        String clinic = candidate.clinicId();
        if (idempotencyKey != null) {
            Optional<IdempotencyKeys.Earlier> earlier = idempotencyKeys.claim(clinic, idempotencyKey, fingerprint,
                    candidate.id(), candidate.createdAt());
            if (earlier.isPresent()) {
                if (!earlier.get().sameRequest()) {
                    return Optional.empty();
                }
                StoredAssessment first = assessments.find(clinic, earlier.get().assessmentId()).orElseThrow();
                audit.record(Action.CREATE, RESOURCE, first.id().toString(), Outcome.REPLAYED);
                return Optional.of(new Submitted(first, true));
            }
        }
        ValidSubmission s = candidate.submission();
        AssessmentRepository.EarlierScores previous = assessments.latestOnOrBefore(clinic, s.patientRef(), s.encounterDate()).orElse(null);
        Progress progress = progressJudge.between(previous, candidate.result().questionnaires());
        assessments.insert(candidate);
        AssessmentCompletedV1 event = new AssessmentCompletedV1(candidate.id(), clinic, candidate.createdBy(), s.patientRef(),
                s.encounterDate(), s.age(), s.sex(), candidate.createdAt(), s.findings(), s.questionnaires(), candidate.result(),
                progress);
        outbox.enqueue(candidate.id(), clinic, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1, write(event), candidate.createdAt());
        audit.record(Action.CREATE, RESOURCE, candidate.id().toString(), Outcome.SUCCESS);
        return Optional.of(new Submitted(candidate, false));
    }

    /** The assessment if it belongs to the caller's clinic; the read is audited either way. */
    public Optional<StoredAssessment> find(UUID id) {
        String clinic = requireClinic(Action.READ);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Optional<StoredAssessment> found = assessments.find(clinic, id);
            audit.record(Action.READ, RESOURCE, id.toString(), found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND);
            return found;
        });
    }

    /** The patient's history at the caller's clinic, newest first, each with its progress over the one before. */
    public List<HistoryEntry> history(String patientRef, int limit) {
        String clinic = requireClinic(Action.LIST);
        return QuarkusTransaction.joiningExisting().call(() -> {
            // one more than shown, so the oldest shown entry still gets its progress
            List<StoredAssessment> found = assessments.history(clinic, patientRef, limit + 1);
            List<HistoryEntry> entries = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, found.size()); i++) {
                StoredAssessment current = found.get(i);
                StoredAssessment previous = i + 1 < found.size() ? found.get(i + 1) : null;
                entries.add(HistoryEntry.of(current, progressJudge.between(previous, current.result().questionnaires())));
            }
            audit.record(Action.LIST, "patient-history", patientRef, entries.isEmpty() ? Outcome.NOT_FOUND : Outcome.SUCCESS);
            return entries;
        });
    }

    private String requireClinic(Action action) {
        if (caller.clinic().isEmpty()) {
            audit.recordAlone(action, RESOURCE, null, Outcome.DENIED);
        }
        return caller.requireClinic();
    }

    private String canonical(ValidSubmission valid) {
        return write(valid);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
