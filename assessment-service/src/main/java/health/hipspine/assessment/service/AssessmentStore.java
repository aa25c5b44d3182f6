package health.hipspine.assessment.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.assessment.mapping.EventMapping;
import health.hipspine.assessment.outbox.TraceContext;
import health.hipspine.assessment.repository.AssessmentEntity;
import health.hipspine.assessment.repository.AssessmentRepository;
import health.hipspine.assessment.repository.IdempotencyKeyRepository;
import health.hipspine.assessment.repository.OutboxEventEntity;
import health.hipspine.assessment.repository.OutboxRepository;
import health.hipspine.assessment.repository.ValidSubmission;
import health.hipspine.events.AssessmentEvents;
import health.hipspine.events.Progress;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.ClinicScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The write of a submission, in ONE transaction: the idempotency key claim, the assessment, its
 * outbox event and the audit record commit together or not at all. Nothing else happens in it
 * (scoring and the content calls are done before).
 */
@ApplicationScoped
public class AssessmentStore {

    private final AssessmentRepository assessments;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final OutboxRepository outbox;
    private final ProgressJudging progress;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public AssessmentStore(AssessmentRepository assessments, IdempotencyKeyRepository idempotencyKeys, OutboxRepository outbox,
            ProgressJudging progress, AuditTrail audit, ObjectMapper json) {
        this.assessments = assessments;
        this.idempotencyKeys = idempotencyKeys;
        this.outbox = outbox;
        this.progress = progress;
        this.audit = audit;
        this.json = json;
    }

    /** @param replayed true when an earlier request with the same Idempotency-Key created it */
    public record Submitted(AssessmentEntity assessment, boolean replayed) {
    }

    /** Empty when the idempotency key was used for another request. */
    @Transactional
    public Optional<Submitted> store(AssessmentEntity candidate, String idempotencyKey) {
        ClinicScope clinic = new ClinicScope(candidate.clinicId);
        if (idempotencyKey != null) {
            Optional<IdempotencyKeyRepository.Earlier> earlier = idempotencyKeys.claimInClinic(clinic, idempotencyKey,
                    fingerprint(write(candidate.submission)), candidate.id, candidate.createdAt);
            if (earlier.isPresent()) {
                if (!earlier.get().sameRequest()) {
                    return Optional.empty();
                }
                AssessmentEntity first = assessments.findInClinic(clinic, earlier.get().assessmentId()).orElseThrow();
                audit.record(AuditEvent.of(AuditAction.CREATE, AssessmentService.RESOURCE, first.id.toString(), AuditOutcome.REPLAYED));
                return Optional.of(new Submitted(first, true));
            }
        }
        ValidSubmission s = candidate.submission;
        ProgressJudging.Earlier previous = assessments.latestScoresInClinicOnOrBefore(clinic, s.patientRef(), s.encounterDate())
                .map(e -> new ProgressJudging.Earlier(e.id(), e.encounterDate(), e.questionnaires())).orElse(null);
        Progress sincePrevious = progress.between(previous, candidate.result.questionnaires());
        assessments.persist(candidate);
        // the request's trace travels with the row: the relay continues it when it publishes (docs/operations.md)
        TraceContext trace = TraceContext.current();
        outbox.enqueue(new OutboxEventEntity(candidate.id, candidate.clinicId, AssessmentEvents.TYPE_ASSESSMENT_COMPLETED_V1,
                write(EventMapping.completed(candidate, sincePrevious)), candidate.createdAt, trace.traceparent(), trace.tracestate()));
        audit.record(AuditEvent.of(AuditAction.CREATE, AssessmentService.RESOURCE, candidate.id.toString(), AuditOutcome.SUCCESS));
        return Optional.of(new Submitted(candidate, false));
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
