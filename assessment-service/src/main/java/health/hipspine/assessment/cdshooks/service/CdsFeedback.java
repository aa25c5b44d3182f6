package health.hipspine.assessment.cdshooks.service;

import health.hipspine.assessment.cdshooks.repository.CdsFeedbackEntity;
import health.hipspine.assessment.cdshooks.repository.CdsFeedbackRepository;
import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Stores what clinicians did with our cards, each item audited in the same transaction. */
@ApplicationScoped
public class CdsFeedback {

    public static final String RESOURCE = "cds-feedback";
    static final Set<String> OUTCOMES = Set.of("accepted", "overridden");
    static final int MAX_TEXT = 200;

    private final CdsFeedbackRepository feedback;
    private final AuditTrail audit;
    private final Caller caller;

    public CdsFeedback(CdsFeedbackRepository feedback, AuditTrail audit, Caller caller) {
        this.feedback = feedback;
        this.audit = audit;
        this.caller = caller;
    }

    /** @return the ids of the stored rows */
    @Transactional
    public List<UUID> record(String serviceId, String ehr, FeedbackRequest request) {
        if (CdsServices.hookOf(serviceId).isEmpty()) {
            throw Problems.notFound("CDS service");
        }
        List<FeedbackRequest.Item> items = request == null || request.feedback() == null ? List.of() : request.feedback();
        List<Violation> violations = check(items);
        if (!violations.isEmpty()) {
            audit.recordAlone(AuditEvent.refused(AuditAction.CREATE, RESOURCE, null, 422));
            throw Problems.invalidSubmission(violations);
        }
        ClinicScope clinic = caller.requireClinic();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>();
        for (FeedbackRequest.Item item : items) {
            CdsFeedbackEntity row = new CdsFeedbackEntity();
            row.id = UUID.randomUUID();
            row.clinicId = clinic.clinicId();
            row.ehr = ehr;
            row.serviceId = serviceId;
            row.cardId = item.card();
            row.outcome = item.outcome();
            row.acceptedSuggestions = item.acceptedSuggestions() == null ? List.of()
                    : item.acceptedSuggestions().stream().map(FeedbackRequest.AcceptedSuggestion::id).toList();
            Cards.Coding reason = item.overrideReason() == null ? null : item.overrideReason().reason();
            if (reason != null) {
                row.overrideReasonSystem = reason.system();
                row.overrideReasonCode = reason.code();
                row.overrideReasonDisplay = reason.display();
            }
            row.outcomeAt = OffsetDateTime.parse(item.outcomeTimestamp());
            row.receivedAt = now;
            feedback.persist(row);
            audit.record(AuditEvent.of(AuditAction.CREATE, RESOURCE, row.id.toString(), AuditOutcome.SUCCESS)
                    .withDetail(Map.of("service", serviceId, "card", item.card(), "outcome", item.outcome())));
            ids.add(row.id);
        }
        return ids;
    }

    private static List<Violation> check(List<FeedbackRequest.Item> items) {
        List<Violation> violations = new ArrayList<>();
        if (items.isEmpty()) {
            violations.add(new Violation("feedback", "must hold at least one item"));
        }
        for (int i = 0; i < items.size(); i++) {
            FeedbackRequest.Item item = items.get(i);
            String at = "feedback[" + i + "]";
            if (item == null) {
                violations.add(new Violation(at, "must be an object"));
                continue;
            }
            if (blankOrLong(item.card())) {
                violations.add(new Violation(at + ".card", "must be the card's uuid"));
            }
            if (!OUTCOMES.contains(item.outcome())) {
                violations.add(new Violation(at + ".outcome", "must be accepted or overridden"));
            }
            if ("accepted".equals(item.outcome()) && item.overrideReason() != null) {
                violations.add(new Violation(at + ".overrideReason", "only with outcome overridden"));
            }
            try {
                OffsetDateTime.parse(item.outcomeTimestamp() == null ? "" : item.outcomeTimestamp());
            } catch (DateTimeParseException e) {
                violations.add(new Violation(at + ".outcomeTimestamp", "must be an ISO 8601 instant with offset"));
            }
            if (item.acceptedSuggestions() != null && item.acceptedSuggestions().stream().anyMatch(s -> s == null || blankOrLong(s.id()))) {
                violations.add(new Violation(at + ".acceptedSuggestions", "each must name a suggestion's uuid"));
            }
            Cards.Coding reason = item.overrideReason() == null ? null : item.overrideReason().reason();
            if (reason != null && (tooLong(reason.system()) || tooLong(reason.code()) || tooLong(reason.display()))) {
                violations.add(new Violation(at + ".overrideReason.reason", "system, code and display of at most " + MAX_TEXT + " characters"));
            }
        }
        return violations;
    }

    private static boolean blankOrLong(String s) {
        return s == null || s.isBlank() || s.length() > MAX_TEXT;
    }

    private static boolean tooLong(String s) {
        return s != null && s.length() > MAX_TEXT;
    }
}
