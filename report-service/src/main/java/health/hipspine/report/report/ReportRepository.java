package health.hipspine.report.report;

import health.hipspine.report.security.ClinicScope;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports in PostgreSQL. Every method that serves an API caller takes a {@link ClinicScope} and puts it in
 * the WHERE clause, so another clinic's rows are invisible rather than forbidden. Methods without a scope
 * are for the consumer and admin paths only. Callers provide the transaction.
 */
@ApplicationScoped
public class ReportRepository {

    private static final String COLUMNS = "id, assessment_id, clinic_id, patient_ref, clinician, encounter_date, triage_level,"
            + " top_category, status, failure_reason, current_version, model_version, content_release, created_at, updated_at";

    @Inject
    AgroalDataSource dataSource;

    /** The new report's fields from an event. */
    public record NewReport(UUID assessmentId, String clinicId, String patientRef, String clinician, LocalDate encounterDate,
            String triageLevel, String topCategory, String modelVersion, String contentRelease, String eventId, String eventJson) {
    }

    /**
     * Records the report and the processed event id together. Empty when this assessment already has a
     * report (a redelivery or a second event for it): the caller must then do nothing.
     */
    public Optional<UUID> recordIfNew(NewReport r, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            UUID id = UUID.randomUUID();
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO report (id, assessment_id, clinic_id, patient_ref, clinician, encounter_date, triage_level,
                        top_category, status, current_version, event_id, event_data, model_version, content_release, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?::jsonb, ?, ?, ?, ?)
                    ON CONFLICT (assessment_id) DO NOTHING""")) {
                ps.setObject(1, id);
                ps.setObject(2, r.assessmentId());
                ps.setString(3, r.clinicId());
                ps.setString(4, r.patientRef());
                ps.setString(5, r.clinician());
                ps.setObject(6, r.encounterDate());
                ps.setString(7, r.triageLevel());
                ps.setString(8, r.topCategory());
                ps.setString(9, r.eventId());
                ps.setString(10, r.eventJson());
                ps.setString(11, r.modelVersion());
                ps.setString(12, r.contentRelease());
                ps.setTimestamp(13, Timestamp.from(now));
                ps.setTimestamp(14, Timestamp.from(now));
                if (ps.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO processed_event (event_id, assessment_id, report_id, processed_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (event_id) DO NOTHING")) {
                ps.setString(1, r.eventId());
                ps.setObject(2, r.assessmentId());
                ps.setObject(3, id);
                ps.setTimestamp(4, Timestamp.from(now));
                if (ps.executeUpdate() == 0) {
                    // the same event id arrived before for another assessment id: a producer bug, not ours to fix silently
                    throw new IllegalStateException("event id already processed for another assessment");
                }
            }
            return Optional.of(id);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public boolean eventProcessed(String eventId) {
        return exists("SELECT 1 FROM processed_event WHERE event_id = ?", eventId);
    }

    public int countByAssessment(UUID assessmentId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM report WHERE assessment_id = ?")) {
            ps.setObject(1, assessmentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public void addDocument(UUID reportId, int version, DocumentKind kind, String language, String templateVersion,
            boolean contentComplete, String reason, byte[] pdf, Instant now) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO report_document (report_id, version, kind, language, template_version, content_complete, reason,
                            sha256, size_bytes, pdf, generated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (report_id, version, kind, language) DO NOTHING""")) {
            ps.setObject(1, reportId);
            ps.setInt(2, version);
            ps.setString(3, kind.name());
            ps.setString(4, language);
            ps.setString(5, templateVersion);
            ps.setBoolean(6, contentComplete);
            ps.setString(7, reason);
            ps.setString(8, sha256(pdf));
            ps.setInt(9, pdf.length);
            ps.setBytes(10, pdf);
            ps.setTimestamp(11, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public void markReady(UUID reportId, int version) {
        // clock_timestamp(), not the render's start: updated_at of a READY report is when it became READY
        update("UPDATE report SET status = 'READY', failure_reason = NULL, current_version = ?, updated_at = clock_timestamp() WHERE id = ?",
                ps -> {
                    ps.setInt(1, version);
                    ps.setObject(2, reportId);
                });
    }

    /** Only a report without any document becomes FAILED; an existing version stays downloadable. */
    public void markFailed(UUID reportId, String reason, Instant now) {
        update("UPDATE report SET status = CASE WHEN current_version = 0 THEN 'FAILED' ELSE status END, failure_reason = ?,"
                + " updated_at = ? WHERE id = ?", ps -> {
                    ps.setString(1, reason);
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setObject(3, reportId);
                });
    }

    public void touch(UUID reportId, Instant now) {
        update("UPDATE report SET updated_at = ? WHERE id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, reportId);
        });
    }

    // ---- scoped reads (API) ----

    public Optional<ReportRow> find(ClinicScope scope, UUID id) {
        return one("SELECT " + COLUMNS + " FROM report WHERE clinic_id = ? AND id = ?", scope.clinicId(), id);
    }

    public Optional<ReportRow> findByAssessment(ClinicScope scope, UUID assessmentId) {
        return one("SELECT " + COLUMNS + " FROM report WHERE clinic_id = ? AND assessment_id = ?", scope.clinicId(), assessmentId);
    }

    public record Page(List<ReportRow> items, long total) {
    }

    public Page search(ClinicScope scope, String patientRef, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder(" FROM report WHERE clinic_id = ?");
        List<Object> args = new ArrayList<>();
        args.add(scope.clinicId());
        if (patientRef != null) {
            where.append(" AND patient_ref = ?");
            args.add(patientRef);
        }
        if (from != null) {
            where.append(" AND encounter_date >= ?");
            args.add(from);
        }
        if (to != null) {
            where.append(" AND encounter_date <= ?");
            args.add(to);
        }
        PagedQuery.Result<ReportRow> result = PagedQuery.run(dataSource, COLUMNS, where.toString(),
                " ORDER BY encounter_date DESC NULLS LAST, created_at DESC, id", args, page, size, ReportRepository::row);
        return new Page(result.items(), result.total());
    }

    /** Metadata of every archived document of a report of this clinic (no PDF bytes). */
    public List<StoredDocument> documents(ClinicScope scope, UUID reportId) {
        List<StoredDocument> documents = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        SELECT d.version, d.kind, d.language, d.template_version, d.content_complete, d.reason, d.sha256,
                               d.size_bytes, d.generated_at
                        FROM report_document d JOIN report r ON r.id = d.report_id
                        WHERE r.clinic_id = ? AND d.report_id = ? ORDER BY d.version, d.kind, d.language""")) {
            ps.setString(1, scope.clinicId());
            ps.setObject(2, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    documents.add(document(rs, null));
                }
            }
            return documents;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public Optional<StoredDocument> document(ClinicScope scope, UUID reportId, int version, DocumentKind kind, String language) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        SELECT d.version, d.kind, d.language, d.template_version, d.content_complete, d.reason, d.sha256,
                               d.size_bytes, d.generated_at, d.pdf
                        FROM report_document d JOIN report r ON r.id = d.report_id
                        WHERE r.clinic_id = ? AND d.report_id = ? AND d.version = ? AND d.kind = ? AND d.language = ?""")) {
            ps.setString(1, scope.clinicId());
            ps.setObject(2, reportId);
            ps.setInt(3, version);
            ps.setString(4, kind.name());
            ps.setString(5, language);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(document(rs, rs.getBytes(10))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    // ---- unscoped (consumer, sweeper, admin) ----

    public Optional<ReportRow> findAnyClinic(UUID id) {
        return one("SELECT " + COLUMNS + " FROM report WHERE id = ?", id);
    }

    public Optional<String> eventData(UUID reportId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT event_data::text FROM report WHERE id = ?")) {
            ps.setObject(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** Locks the report row so two regenerations cannot pick the same version number. */
    public int lockAndGetVersion(UUID reportId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT current_version FROM report WHERE id = ? FOR UPDATE")) {
            ps.setObject(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("report vanished");
                }
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public List<UUID> pendingSince(Instant before, int limit) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT id FROM report WHERE status = 'PENDING' AND updated_at < ? ORDER BY updated_at LIMIT ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    // ---- helpers ----

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private boolean exists(String sql, Object arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private Optional<ReportRow> one(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            PagedQuery.bind(ps, List.of(args));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static ReportRow row(ResultSet rs) throws SQLException {
        return new ReportRow(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                rs.getString("clinic_id"), rs.getString("patient_ref"), rs.getString("clinician"),
                rs.getObject("encounter_date", LocalDate.class), rs.getString("triage_level"), rs.getString("top_category"),
                ReportStatus.valueOf(rs.getString("status")), rs.getString("failure_reason"), rs.getInt("current_version"),
                rs.getString("model_version"), rs.getString("content_release"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static StoredDocument document(ResultSet rs, byte[] pdf) throws SQLException {
        return new StoredDocument(rs.getInt("version"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("language"),
                rs.getString("template_version"), rs.getBoolean("content_complete"), rs.getString("reason"),
                rs.getString("sha256"), rs.getInt("size_bytes"), rs.getTimestamp("generated_at").toInstant(), pdf);
    }
}
