package health.hipspine.assessment.repository;

import health.hipspine.events.AssessmentResult;
import health.hipspine.kit.caller.ClinicScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.kit.json.LenientJson;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.query.NativeQuery;

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

    /** The mapper the JSON columns are read with (LenientJsonFormatMapper's configuration). */
    private static final ObjectMapper COLUMN_JSON = LenientJson.newObjectMapper();

    public Optional<AssessmentEntity> findInClinic(ClinicScope clinic, UUID id) {
        return find("clinicId = ?1 and id = ?2", clinic.clinicId(), id).firstResultOptional();
    }

    /** The patient's assessments at this clinic, newest encounter first. */
    public List<AssessmentEntity> historyInClinic(ClinicScope clinic, String patientRef, int limit) {
        return find("clinicId = ?1 and patientRef = ?2" + NEWEST_ENCOUNTER_FIRST, clinic.clinicId(), patientRef)
                .page(Page.ofSize(limit)).list();
    }

    /** The latest assessment of this patient at this clinic with an encounter on or before the date. */
    /** The questionnaire scores of an earlier assessment, and which one it was. */
    public record EarlierScores(UUID id, LocalDate encounterDate, AssessmentResult.QuestionnaireScores questionnaires) {
    }

    /**
     * The scores of the patient's latest assessment on or before {@code encounterDate}: only the questionnaires are
     * read, not the whole row (its result is ~8 KB of JSON a submission would otherwise parse and manage for nothing).
     */
    @SuppressWarnings("unchecked")
    public Optional<EarlierScores> latestScoresInClinicOnOrBefore(ClinicScope clinic, String patientRef, LocalDate encounterDate) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT id, encounter_date, (result -> 'questionnaires')::text AS scores FROM assessment
                        WHERE clinic_id = ?1 AND patient_ref = ?2 AND encounter_date <= ?3
                        ORDER BY encounter_date DESC, created_at DESC LIMIT 1""")
                .setParameter(1, clinic.clinicId()).setParameter(2, patientRef).setParameter(3, encounterDate)
                .unwrap(NativeQuery.class)
                .addScalar("id", UUID.class).addScalar("encounter_date", LocalDate.class).addScalar("scores", String.class)
                .getResultList();
        return rows.stream().findFirst().map(row -> new EarlierScores((UUID) row[0], (LocalDate) row[1],
                row[2] == null ? null : readScores((String) row[2])));
    }

    private static AssessmentResult.QuestionnaireScores readScores(String json) {
        try {
            return COLUMN_JSON.readValue(json, AssessmentResult.QuestionnaireScores.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored questionnaire scores are not readable", e);
        }
    }
}
