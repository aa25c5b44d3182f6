package health.hipspine.report.repository;

import health.hipspine.kit.caller.ClinicScope;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Archived PDFs (append-only). Reads for API callers are scoped by the clinic of the report they belong to. */
@ApplicationScoped
public class ReportDocumentRepository implements PanacheRepository<ReportDocumentEntity> {

    private static final String IN_CLINIC = " and d.reportId in (select r.id from ReportEntity r where r.clinicId = :clinic)";

    /** Metadata of every archived document of a report of this clinic (no PDF bytes). */
    public List<StoredDocument> metadataInClinic(ClinicScope scope, UUID reportId) {
        return getEntityManager().createQuery("select new health.hipspine.report.repository.StoredDocument(d.version, d.kind,"
                        + " d.language, d.templateVersion, d.contentComplete, d.reason, d.sha256, d.sizeBytes, d.generatedAt)"
                        + " from ReportDocumentEntity d where d.reportId = :report" + IN_CLINIC
                        + " order by d.version, d.kind, d.language", StoredDocument.class)
                .setParameter("report", reportId)
                .setParameter("clinic", scope.clinicId())
                .getResultList();
    }

    /** The complete copy when one exists, else the one rendered while content was unreachable. */
    public Optional<ReportDocumentEntity> findInClinic(ClinicScope scope, UUID reportId, int version, DocumentKind kind, String language) {
        return find(ONE_IN_CLINIC + " order by d.contentComplete desc", one(scope, reportId, version, kind, language)).firstResultOptional();
    }

    /** Empty when nothing is archived; else whether the best archived copy is complete. */
    public Optional<Boolean> archivedCompleteInClinic(ClinicScope scope, UUID reportId, int version, DocumentKind kind, String language) {
        return findInClinic(scope, reportId, version, kind, language).map(d -> d.contentComplete);
    }

    /**
     * Reports whose current clinician version was rendered without complete content, READY since {@code since},
     * newest first (an outage's reports before old ones whose codes the catalogue does not know): what the
     * re-render scheduler tries when the catalogue answers again. Consumer and scheduler only (any clinic).
     */
    public List<UUID> incompleteCurrentWithoutClinic(Instant since, int limit) {
        return getEntityManager().createQuery("select r.id from ReportEntity r where r.status = :ready and r.updatedAt >= :since"
                        + " and exists (select 1 from ReportDocumentEntity d where d.reportId = r.id and d.version = r.currentVersion"
                        + " and d.kind = :clinician and d.contentComplete = false)"
                        + " and not exists (select 1 from ReportDocumentEntity d where d.reportId = r.id and d.version = r.currentVersion"
                        + " and d.kind = :clinician and d.contentComplete = true)"
                        + " order by r.updatedAt desc", UUID.class)
                .setParameter("ready", ReportStatus.READY)
                .setParameter("since", since)
                .setParameter("clinician", DocumentKind.CLINICIAN)
                .setMaxResults(limit)
                .getResultList();
    }

    private static final String ONE_IN_CLINIC = "from ReportDocumentEntity d where d.reportId = :report and d.version = :version"
            + " and d.kind = :kind and d.language = :language" + IN_CLINIC;

    private static Parameters one(ClinicScope scope, UUID reportId, int version, DocumentKind kind, String language) {
        return Parameters.with("report", reportId).and("version", version).and("kind", kind).and("language", language)
                .and("clinic", scope.clinicId());
    }

    /**
     * Archives a document unless that (report, version, kind, language) is archived already with the same
     * completeness: two first downloads of one handout may race, and the loser keeps the winner's copy. Native SQL
     * for {@code ON CONFLICT DO NOTHING}.
     */
    public void insertIfAbsent(ReportDocumentEntity d) {
        getEntityManager().unwrap(Session.class).createNativeQuery("""
                        INSERT INTO report_document (report_id, version, kind, language, template_version, content_complete, reason,
                            sha256, size_bytes, pdf, generated_at)
                        VALUES (:report, :version, :kind, :language, :template, :complete, :reason, :sha256, :size, :pdf, :at)
                        ON CONFLICT (report_id, version, kind, language, content_complete) DO NOTHING""")
                .setParameter("report", d.reportId, UUID.class)
                .setParameter("version", d.version, Integer.class)
                .setParameter("kind", d.kind.name(), String.class)
                .setParameter("language", d.language, String.class)
                .setParameter("template", d.templateVersion, String.class)
                .setParameter("complete", d.contentComplete, Boolean.class)
                .setParameter("reason", d.reason, String.class)
                .setParameter("sha256", d.sha256, String.class)
                .setParameter("size", d.sizeBytes, Integer.class)
                .setParameter("pdf", d.pdf, byte[].class)
                .setParameter("at", d.generatedAt, Instant.class)
                .executeUpdate();
    }
}
