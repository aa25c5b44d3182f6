package health.hipspine.report.repository;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One report per assessment (columns are the fields' names in snake_case). The event it was made from is
 * kept verbatim ({@code event_data}, a JSON document) so any version can be re-rendered without the
 * assessment service. Never serialized onto the wire.
 */
@Entity
@Table(name = "report")
public class ReportEntity {

    @Id
    public UUID id;
    public UUID assessmentId;
    public String clinicId;
    public String patientRef;
    public String clinician;
    public LocalDate encounterDate;
    public String triageLevel;
    public String topCategory;
    @Enumerated(EnumType.STRING)
    public ReportStatus status;
    public String failureReason;
    public int currentVersion;
    public String eventId;
    /** The CloudEvent's data exactly as it arrived (the service parses it with its lenient object mapper). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String eventData;
    public String modelVersion;
    public String contentRelease;
    public Instant createdAt;
    public Instant updatedAt;

    /** A version was stored: the report is READY at that version (an earlier failure is forgotten). */
    public void ready(int version, Instant now) {
        status = ReportStatus.READY;
        failureReason = null;
        currentVersion = version;
        updatedAt = now;
    }

    /** Only a report without any document becomes FAILED; an existing version stays downloadable. */
    public void failed(String reason, Instant now) {
        if (currentVersion == 0) {
            status = ReportStatus.FAILED;
        }
        failureReason = reason;
        updatedAt = now;
    }
}
