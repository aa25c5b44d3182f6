package health.hipspine.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.assessment.mapping.Scored;
import health.hipspine.assessment.outbox.OutboxRelay;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.repository.AssessmentRepository;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.assessment.service.AssessmentStore.Submitted;
import health.hipspine.assessment.service.AuditTrail.Action;
import health.hipspine.assessment.service.AuditTrail.Outcome;
import health.hipspine.events.AssessmentResult;
import health.hipspine.events.Progress;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
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
    private final ObjectMapper json;

    public AssessmentService(Caller caller, SubmissionRules rules, ClinicalScoring scoring, ExercisePlanner planner,
            AssessmentStore store, AssessmentRepository assessments, ProgressJudging progress, OutboxRelay relay, AuditTrail audit,
            ObjectMapper json) {
        this.caller = caller;
        this.rules = rules;
        this.scoring = scoring;
        this.planner = planner;
        this.store = store;
        this.assessments = assessments;
        this.progress = progress;
        this.relay = relay;
        this.audit = audit;
        this.json = json;
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
        if (idempotencyKey != null && !idempotencyKey.matches(IDEMPOTENCY_KEY_PATTERN)) {
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
        AssessmentEntity candidate = new AssessmentEntity(UUID.randomUUID(), clinic, Instant.now().truncatedTo(ChronoUnit.MICROS),
                caller.displayName(), valid, result);
        String fingerprint = idempotencyKey == null ? null : fingerprint(write(valid));

        Optional<Submitted> stored = store.store(candidate, idempotencyKey, fingerprint);
        if (stored.isEmpty()) {
            audit.recordAlone(Action.CREATE, RESOURCE, null, Outcome.REJECTED);
            throw Problems.idempotencyKeyReused();
        }
        if (!stored.get().replayed()) {
            relay.wakeUp(); // committed: publish now rather than at the next poll
        }
        return stored.get();
    }

    /** The assessment if it belongs to the caller's clinic; the read is audited either way. */
    @Transactional
    public Optional<AssessmentEntity> find(UUID id) {
        String clinic = requireClinic(Action.READ);
        Optional<AssessmentEntity> found = assessments.findInClinic(clinic, id);
        audit.record(Action.READ, RESOURCE, id.toString(), found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND);
        return found;
    }

    /** One assessment of a patient's history and its progress over the one before. */
    public record Visit(AssessmentEntity assessment, Progress progress) {
    }

    /** The patient's history at the caller's clinic, newest first, each with its progress over the one before. */
    @Transactional
    public List<Visit> history(String patientRef, int limit) {
        String clinic = requireClinic(Action.LIST);
        // one more than shown, so the oldest shown entry still gets its progress
        List<AssessmentEntity> found = assessments.historyInClinic(clinic, patientRef, limit + 1);
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, found.size()); i++) {
            AssessmentEntity current = found.get(i);
            ProgressJudging.Earlier previous = i + 1 < found.size() ? earlier(found.get(i + 1)) : null;
            visits.add(new Visit(current, progress.between(previous, current.result.questionnaires())));
        }
        audit.record(Action.LIST, HISTORY_RESOURCE, patientRef, visits.isEmpty() ? Outcome.NOT_FOUND : Outcome.SUCCESS);
        return visits;
    }

    static ProgressJudging.Earlier earlier(AssessmentEntity a) {
        return new ProgressJudging.Earlier(a.id, a.encounterDate, a.result.questionnaires());
    }

    private String requireClinic(Action action) {
        if (caller.clinic().isEmpty()) {
            audit.recordAlone(action, RESOURCE, null, Outcome.DENIED);
        }
        return caller.requireClinic();
    }

    /** SHA-256 of the canonical request (re-serialised, so whitespace and key order do not matter). */
    static String fingerprint(String canonicalJson) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }
}
