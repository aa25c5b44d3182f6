package health.hipspine.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.assessment.submission.ValidSubmission;
import health.hipspine.events.AssessmentResult;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Assessments in PostgreSQL. Every read takes the clinic and puts it in the WHERE clause: there is
 * no way to load an assessment without naming the clinic it belongs to, so another clinic's rows
 * are simply not found.
 */
@ApplicationScoped
public class AssessmentRepository {

    private static final String COLUMNS = "id, clinic_id, created_at, created_by, submission, result";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public void insert(StoredAssessment a) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO assessment (id, clinic_id, patient_ref, encounter_date, created_at, created_by, submission, result)
                        VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""")) {
            insert.setObject(1, a.id());
            insert.setString(2, a.clinicId());
            insert.setString(3, a.submission().patientRef());
            insert.setDate(4, Date.valueOf(a.submission().encounterDate()));
            insert.setTimestamp(5, Timestamp.from(a.createdAt()));
            insert.setString(6, a.createdBy());
            insert.setString(7, json.writeValueAsString(a.submission()));
            insert.setString(8, json.writeValueAsString(a.result()));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("assessment not stored", e);
        }
    }

    public Optional<StoredAssessment> find(String clinicId, UUID id) {
        return query("SELECT " + COLUMNS + " FROM assessment WHERE clinic_id = ? AND id = ?", clinicId, id).stream().findFirst();
    }

    /** The patient's assessments at this clinic, newest encounter first. */
    public List<StoredAssessment> history(String clinicId, String patientRef, int limit) {
        return query("SELECT " + COLUMNS + " FROM assessment WHERE clinic_id = ? AND patient_ref = ?"
                + " ORDER BY encounter_date DESC, created_at DESC LIMIT ?", clinicId, patientRef, limit);
    }

    /** What progress needs of an earlier assessment: its id, encounter and questionnaire scores. */
    public record EarlierScores(UUID id, java.time.LocalDate encounterDate, AssessmentResult.QuestionnaireScores questionnaires) {
    }

    /**
     * The latest assessment of this patient at this clinic with an encounter on or before the date;
     * only the questionnaire scores are read, not the whole result.
     */
    public Optional<EarlierScores> latestOnOrBefore(String clinicId, String patientRef, java.time.LocalDate encounterDate) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT id, encounter_date, result->'questionnaires' FROM assessment
                WHERE clinic_id = ? AND patient_ref = ? AND encounter_date <= ?
                ORDER BY encounter_date DESC, created_at DESC LIMIT 1""")) {
            select.setString(1, clinicId);
            select.setString(2, patientRef);
            select.setDate(3, Date.valueOf(encounterDate));
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String scores = rs.getString(3);
                return Optional.of(new EarlierScores(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                        scores == null ? null : json.readValue(scores, AssessmentResult.QuestionnaireScores.class)));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("assessment query failed", e);
        }
    }

    private List<StoredAssessment> query(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                select.setObject(i + 1, args[i]);
            }
            List<StoredAssessment> found = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(new StoredAssessment(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            json.readValue(rs.getString(5), ValidSubmission.class),
                            json.readValue(rs.getString(6), AssessmentResult.class)));
                }
            }
            return found;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("assessment query failed", e);
        }
    }
}
