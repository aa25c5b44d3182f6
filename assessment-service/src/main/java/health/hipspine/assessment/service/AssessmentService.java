package health.hipspine.assessment.service;

import health.hipspine.assessment.mapping.Scored;
import health.hipspine.assessment.outbox.OutboxRelay;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.repository.AssessmentRepository;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.assessment.service.AssessmentStore.Submitted;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.Progress;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.problem.Problems;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Submitting and reading assessments. Scoring and the exercise plan are computed before the
 * transaction (they may call the content service); {@link AssessmentStore} then writes the
 * assessment, its outbox event, the idempotency key and the audit record together, and nothing else.
 */
@ApplicationScoped
public class AssessmentService {

    public static final String RESOURCE = "assessment";
    public static final String HISTORY_RESOURCE = "patient-history";
    /** Keys are opaque to us, but bounded so they cannot carry a document. */
    public static final String IDEMPOTENCY_KEY_PATTERN = "^[A-Za-z0-9._:-]{1,128}$";

    private final Caller caller;
    private final SubmissionRules rules;
    private final ClinicalScoring scoring;
    private final ExercisePlanner planner;
    private final AssessmentStore store;
    private final AssessmentRepository assessments;
    private final ProgressJudging progress;
    private final OutboxRelay relay;
    private final AuditTrail audit;
    private final MeterRegistry metrics;
    private final Timer scoringTime;

    public AssessmentService(Caller caller, SubmissionRules rules, ClinicalScoring scoring, ExercisePlanner planner,
            AssessmentStore store, AssessmentRepository assessments, ProgressJudging progress, OutboxRelay relay, AuditTrail audit,
            MeterRegistry metrics) {
        this.caller = caller;
        this.rules = rules;
        this.scoring = scoring;
        this.planner = planner;
        this.store = store;
        this.assessments = assessments;
        this.progress = progress;
        this.relay = relay;
        this.audit = audit;
        this.metrics = metrics;
        this.scoringTime = Timer.builder("assessment.scoring").description("Scoring one submission (triage, differential, questionnaires)")
                .publishPercentileHistogram().register(metrics);
    }

    public Submitted submit(AssessmentSubmission submission, String idempotencyKey) {
        ClinicScope clinic = requireClinic(AuditAction.CREATE);
        ValidSubmission valid;
        try {
            valid = rules.check(submission);
        } catch (HttpProblem rejected) {
            audit.recordAlone(AuditEvent.refused(AuditAction.CREATE, RESOURCE, null, rejected.getStatusCode()));
            throw rejected;
        }
        if (idempotencyKey != null && !idempotencyKey.matches(IDEMPOTENCY_KEY_PATTERN)) {
            HttpProblem malformed = Problems.invalidParameter("Idempotency-Key", "must be 1-128 letters, digits or . _ : -");
            audit.recordAlone(AuditEvent.refused(AuditAction.CREATE, RESOURCE, null, malformed.getStatusCode()));
            throw malformed;
        }

        Scored scored = scoringTime.record(() -> scoring.score(valid));
        ExercisePlanner.Planned planned = scored.loadedExerciseSuppressed()
                ? planner.heldBack(caller.bearerAuthorization())
                : planner.plan(scored.recommendedConditionCodes(), scored.likelyConditionCodes(), scoring.patient(valid, scored),
                        caller.bearerAuthorization());
        List<AssessmentResult.Warning> warnings = new ArrayList<>(scored.warnings());
        warnings.addAll(planned.warnings());
        AssessmentResult result = new AssessmentResult(scored.modelVersion(), planned.contentRelease(), scored.triage(),
                scored.differential(), scored.hipSpineSyndrome(), scored.questionnaires(), planned.plan(), scored.nextSteps(),
                List.copyOf(warnings), scored.setting(), scored.leadingCategory(), scored.patientInstruction(),
                scored.loadedExerciseSuppressed(), scored.suppressedSuggestions());

        // PostgreSQL keeps microseconds: truncate so the response, the row and the event agree
        AssessmentEntity candidate = new AssessmentEntity(UUID.randomUUID(), clinic.clinicId(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), caller.login(), valid, result);
        Optional<Submitted> stored = store.store(candidate, idempotencyKey);
        if (stored.isEmpty()) {
            HttpProblem reused = Problems.idempotencyKeyReused();
            audit.recordAlone(AuditEvent.refused(AuditAction.CREATE, RESOURCE, null, reused.getStatusCode()));
            throw reused;
        }
        if (!stored.get().replayed()) {
            relay.wakeUp(); // committed: publish now rather than at the next poll
            // counted once per stored assessment: a replayed Idempotency-Key is not a new submission
            metrics.counter("assessment.submissions", "triage", scored.triage().level()).increment();
        }
        return stored.get();
    }

    /** The assessment if it belongs to the caller's clinic; the read is audited either way. */
    @Transactional
    public Optional<AssessmentEntity> find(UUID id) {
        ClinicScope clinic = requireClinic(AuditAction.READ);
        Optional<AssessmentEntity> found = assessments.findInClinic(clinic, id);
        audit.record(AuditEvent.of(AuditAction.READ, RESOURCE, id.toString(), found.isPresent() ? AuditOutcome.SUCCESS : AuditOutcome.NOT_FOUND));
        return found;
    }

    /** One assessment of a patient's history and its progress over the one before. */
    public record Visit(AssessmentEntity assessment, Progress progress) {
    }

    /** The patient's history at the caller's clinic, newest first, each with its progress over the one before. */
    @Transactional
    public List<Visit> history(String patientRef, int limit) {
        ClinicScope clinic = requireClinic(AuditAction.LIST);
        // one more than shown, so the oldest shown entry still gets its progress
        List<AssessmentEntity> found = assessments.historyInClinic(clinic, patientRef, limit + 1);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            AssessmentEntity current = found.get(i);
            ProgressJudging.Earlier previous = i + 1 < found.size() ? earlier(found.get(i + 1)) : null;
            visits.add(new Visit(current, progress.between(previous, current.result.questionnaires())));
        }
        audit.record(AuditEvent.of(AuditAction.LIST, HISTORY_RESOURCE, patientRef, visits.isEmpty() ? AuditOutcome.NOT_FOUND : AuditOutcome.SUCCESS));
        return visits;
    }

    static ProgressJudging.Earlier earlier(AssessmentEntity a) {
        return new ProgressJudging.Earlier(a.id, a.encounterDate, a.result.questionnaires());
    }

    private ClinicScope requireClinic(AuditAction action) {
        if (caller.clinic().isEmpty()) {
            audit.recordAlone(AuditEvent.refused(action, RESOURCE, null, 403));
        }
        return caller.requireClinic();
    }

}
