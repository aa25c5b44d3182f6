package health.hipspine.report.repository;

import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.paging.Paging;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reports. Every method that serves an API caller takes a {@link ClinicScope} and puts it in the query, so
 * another clinic's rows are invisible rather than forbidden. The few methods named {@code ...WithoutClinic...}
 * are for the Kafka consumer, the pending-report sweeper and admin regeneration only (docs/security.md).
 * Callers provide the transaction.
 */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<ReportEntity, UUID> {

    // ---- scoped by clinic (API) ----

    public Optional<ReportEntity> findInClinic(ClinicScope scope, UUID id) {
        return find("clinicId = ?1 and id = ?2", scope.clinicId(), id).firstResultOptional();
    }

    public Optional<ReportEntity> findByAssessmentInClinic(ClinicScope scope, UUID assessmentId) {
        return find("clinicId = ?1 and assessmentId = ?2", scope.clinicId(), assessmentId).firstResultOptional();
    }

    /** The clinic's reports, newest encounter first; each filter applies when given. */
    public Page<ReportEntity> searchInClinic(ClinicScope scope, String patientRef, LocalDate from, LocalDate to, PageRequest page) {
        StringBuilder query = new StringBuilder("clinicId = :clinic");
        Parameters params = Parameters.with("clinic", scope.clinicId());
        if (patientRef != null) {
            query.append(" and patientRef = :patientRef");
            params.and("patientRef", patientRef);
        }
        if (from != null) {
            query.append(" and encounterDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and encounterDate <= :to");
            params.and("to", to);
        }
        Sort order = Sort.by("encounterDate", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
                .and("createdAt", Sort.Direction.Descending).and("id");
        return Paging.page(find(query.toString(), order, params), page, Function.identity());
    }

    // ---- without clinic: consumer, sweeper and admin regeneration only ----

    /**
     * Records a new report. False when this assessment already has one (a redelivery or a second event for
     * it): the caller must then do nothing. Native SQL for {@code ON CONFLICT DO NOTHING}, which keeps two
     * concurrent deliveries of one assessment from failing either transaction.
     */
    public boolean insertIfNewWithoutClinic(ReportEntity r) {
        // typed bindings: a null (no clinician, no encounter date) must still reach PostgreSQL as text or date
        return getEntityManager().unwrap(Session.class).createNativeQuery("""
                        INSERT INTO report (id, assessment_id, clinic_id, patient_ref, clinician, encounter_date, triage_level,
                            top_category, status, current_version, event_id, event_data, model_version, content_release, created_at, updated_at)
                        VALUES (:id, :assessment, :clinic, :patient, :clinician, :encounter, :triage,
                            :top, 'PENDING', 0, :eventId, CAST(:eventData AS jsonb), :model, :content, :now, :now)
                        ON CONFLICT (assessment_id) DO NOTHING""")
                .setParameter("id", r.id, UUID.class)
                .setParameter("assessment", r.assessmentId, UUID.class)
                .setParameter("clinic", r.clinicId, String.class)
                .setParameter("patient", r.patientRef, String.class)
                .setParameter("clinician", r.clinician, String.class)
                .setParameter("encounter", r.encounterDate, LocalDate.class)
                .setParameter("triage", r.triageLevel, String.class)
                .setParameter("top", r.topCategory, String.class)
                .setParameter("eventId", r.eventId, String.class)
                .setParameter("eventData", r.eventData, String.class)
                .setParameter("model", r.modelVersion, String.class)
                .setParameter("content", r.contentRelease, String.class)
                .setParameter("now", r.createdAt, Instant.class)
                .executeUpdate() == 1;
    }

    /** Locks the report row so two renders cannot pick the same version number (consumer, sweeper, regeneration). */
    public ReportEntity lockWithoutClinicForRendering(UUID id) {
        ReportEntity report = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw new IllegalStateException("report vanished");
        }
        return report;
    }

    /** Regeneration: an admin has no clinic (and gets only ids and status back); also the status after any regeneration. */
    public Optional<ReportEntity> findWithoutClinicForRegeneration(UUID id) {
        return findByIdOptional(id);
    }

    /** The stored event of a report, for re-rendering (consumer, sweeper, regeneration). */
    public Optional<String> eventDataWithoutClinicForRendering(UUID id) {
        return findByIdOptional(id).map(r -> r.eventData);
    }

    /** Reports left PENDING by a crash between recording and rendering, oldest first: for the sweeper only. */
    public List<ReportEntity> pendingWithoutClinicForSweeper(Instant before, int limit) {
        return find("status = ?1 and updatedAt < ?2", Sort.ascending("updatedAt"), ReportStatus.PENDING, before)
                .page(0, limit).list();
    }
}
