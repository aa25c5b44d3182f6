package health.hipspine.report.service;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.event.PoisonEventException;
import health.hipspine.report.mapping.ReportMapping;
import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.ProcessedEventEntity;
import health.hipspine.report.repository.ReportDocumentEntity;
import health.hipspine.report.repository.ReportDocumentRepository;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportRepository;
import health.hipspine.report.repository.ReportStatus;
import health.hipspine.kit.caller.ClinicScope;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional steps of report generation, each its own transaction ({@code REQUIRES_NEW}) so that
 * rendering never holds a transaction open while it waits on the content catalogue.
 */
@ApplicationScoped
public class ReportArchive {

    /** Renders the PDF of a version once its number is known (inside the row lock). */
    @FunctionalInterface
    public interface VersionRenderer {
        byte[] render(int version, Instant generatedAt);
    }

    /** The PDF could not be rendered: the report becomes FAILED, the event is not bounced. */
    public static class RenderingFailedException extends RuntimeException {
        RenderingFailedException(RuntimeException cause) {
            super("rendering failed: " + cause.getClass().getSimpleName(), cause);
        }
    }

    public record Status(int currentVersion, ReportStatus status) {
    }

    private final ReportRepository reports;
    private final ReportDocumentRepository documents;
    private final AuditTrail audit;

    public ReportArchive(ReportRepository reports, ReportDocumentRepository documents, AuditTrail audit) {
        this.reports = reports;
        this.documents = documents;
        this.audit = audit;
    }

    /**
     * Records the report and the processed event id together. Empty when this assessment already has a
     * report (a redelivery or a second event for it): the caller must then do nothing. The same event id
     * for another assessment is a producer bug: poison, dead-lettered.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<UUID> recordIfNew(AssessmentEvent event) {
        Instant now = Instant.now();
        ReportEntity report = ReportMapping.newReport(event, UUID.randomUUID(), now);
        ProcessedEventEntity seen = Panache.getEntityManager().find(ProcessedEventEntity.class, event.eventId());
        if (seen != null && !seen.assessmentId.equals(report.assessmentId)) {
            // semantically impossible, not transient: retrying would fail the same way for ever
            throw new PoisonEventException("event id already used for another assessment");
        }
        if (!reports.insertIfNewWithoutClinic(report)) {
            return Optional.empty();
        }
        Panache.getEntityManager().persist(ProcessedEventEntity.of(event.eventId(), report.assessmentId, report.id, now));
        return Optional.of(report.id);
    }

    /**
     * Renders and stores the next version under the report's row lock. With {@code firstOnly} (the consumer and
     * the sweeper) a report that already has a version is left alone: the two raced and the first one rendered it.
     *
     * @throws RenderingFailedException when the renderer fails (nothing is stored)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int storeNextVersion(UUID reportId, boolean firstOnly, DocumentDescription description, VersionRenderer renderer) {
        ReportEntity report = reports.lockWithoutClinicForRendering(reportId);
        if (firstOnly && report.currentVersion > 0) {
            return report.currentVersion;
        }
        int version = report.currentVersion + 1;
        Instant now = Instant.now();
        byte[] pdf;
        try {
            pdf = renderer.render(version, now);
        } catch (RuntimeException e) {
            throw new RenderingFailedException(e);
        }
        documents.persist(ReportDocumentEntity.of(reportId, version, DocumentKind.CLINICIAN, "en", description.templateVersion(),
                description.contentComplete(), description.reason(), pdf, now));
        // the time it became READY, not the render's start (the publish-to-READY benchmark reads it)
        report.ready(version, Instant.now());
        return version;
    }

    /** What a stored version records besides its bytes. */
    public record DocumentDescription(String templateVersion, boolean contentComplete, String reason) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(UUID reportId, String reason) {
        reports.lockWithoutClinicForRendering(reportId).failed(reason, Instant.now());
    }

    /** The stored event of a report of any clinic: consumer, sweeper and regeneration only. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> eventWithoutClinic(UUID reportId) {
        return reports.eventDataWithoutClinicForRendering(reportId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<String> eventInClinic(ClinicScope scope, UUID reportId) {
        return reports.findInClinic(scope, reportId).map(r -> r.eventData);
    }

    /**
     * Whether regeneration may go ahead: a report of the caller's clinic, or of any clinic for an admin (no
     * scope). A miss is audited here (404).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean existsForRegeneration(Optional<ClinicScope> scope, UUID reportId) {
        boolean exists = scope.map(s -> reports.findInClinic(s, reportId))
                .orElseGet(() -> reports.findWithoutClinicForRegeneration(reportId)).isPresent();
        if (!exists) {
            audit.record(AuditEvent.of(AuditAction.REGENERATE, ReportService.REPORT, reportId.toString(), AuditOutcome.NOT_FOUND)
                    .withStatus(404));
        }
        return exists;
    }

    /** The report's status after a regeneration, audited with the version it rendered (0: rendering failed). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Status regenerated(UUID reportId, int renderedVersion) {
        ReportEntity r = reports.findWithoutClinicForRegeneration(reportId).orElseThrow();
        audit.record(AuditEvent.of(AuditAction.REGENERATE, ReportService.REPORT, reportId.toString(), AuditOutcome.SUCCESS)
                .withVersion(r.currentVersion).withStatus(200)
                .withDetail(Map.of("rendered", renderedVersion > 0, "reportStatus", r.status.name())));
        return new Status(r.currentVersion, r.status);
    }

    /** Empty when this handout was never archived; else whether its best copy is complete. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Boolean> handoutArchivedComplete(ClinicScope scope, UUID reportId, int version, String language) {
        return documents.archivedCompleteInClinic(scope, reportId, version, DocumentKind.HANDOUT, language);
    }

    /** READY reports whose current clinician version lacks catalogue content, rendered after {@code since}; newest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> incompleteReports(Instant since, int limit) {
        return documents.incompleteCurrentWithoutClinic(since, limit);
    }

    /** A concurrent first download may have archived it already: then that copy stays. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void archiveHandout(ReportDocumentEntity handout) {
        documents.insertIfAbsent(handout);
    }

    /** Reports left PENDING (a crash between recording and rendering), oldest first; their clock restarts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> claimPendingForSweeper(Instant before, int limit) {
        Instant now = Instant.now();
        List<ReportEntity> pending = reports.pendingWithoutClinicForSweeper(before, limit);
        pending.forEach(r -> r.updatedAt = now);
        return pending.stream().map(r -> r.id).toList();
    }
}
