package health.hipspine.assessment.repository;

import health.hipspine.kit.caller.ClinicScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assessments. Every read takes the clinic and puts it in the query: there is no way to load an
 * assessment without naming the clinic it belongs to, so another clinic's rows are simply not found.
 * (The inherited by-id finders are not used.)
 */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    private static final String NEWEST_ENCOUNTER_FIRST = " order by encounterDate desc, createdAt desc";

    public Optional<AssessmentEntity> findInClinic(ClinicScope clinic, UUID id) {
        return find("clinicId = ?1 and id = ?2", clinic.clinicId(), id).firstResultOptional();
    }

    /** The patient's assessments at this clinic, newest encounter first. */
    public List<AssessmentEntity> historyInClinic(ClinicScope clinic, String patientRef, int limit) {
        return find("clinicId = ?1 and patientRef = ?2" + NEWEST_ENCOUNTER_FIRST, clinic.clinicId(), patientRef)
                .page(Page.ofSize(limit)).list();
    }

    /** The latest assessment of this patient at this clinic with an encounter on or before the date. */
    public Optional<AssessmentEntity> latestInClinicOnOrBefore(ClinicScope clinic, String patientRef, LocalDate encounterDate) {
        return find("clinicId = ?1 and patientRef = ?2 and encounterDate <= ?3" + NEWEST_ENCOUNTER_FIRST,
                clinic.clinicId(), patientRef, encounterDate).firstResultOptional();
    }
}
