package health.hipspine.content.mapping;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditRecord;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deprecated /api/v1/audit answers in the words content used before the kit. */
class LegacyAuditTest {

    static AuditRecord record(String subject, AuditAction action, AuditOutcome outcome, Integer status,
                              Map<String, Object> detail) {
        return new AuditRecord(7, OffsetDateTime.parse("2026-12-01T10:00:00Z"), subject, "login", "hipspine-web", null,
                action, "exercise", "bridge", 2, outcome, status, detail);
    }

    @Test
    void editsKeepTheirLowerCaseActionAndSuccess() {
        LegacyAudit.Row row = LegacyAudit.of(record("editor-ana", AuditAction.UPDATE, AuditOutcome.SUCCESS, null, null));
        assertThat(row).isEqualTo(new LegacyAudit.Row(7, OffsetDateTime.parse("2026-12-01T10:00:00Z"), "editor-ana",
                "hipspine-web", "update", "exercise", "bridge", 2, "success", null));
    }

    @Test
    void refusalsAreRefusedWithTheirStatus() {
        assertThat(LegacyAudit.of(record("a", AuditAction.UPDATE, AuditOutcome.REFUSED, 428,
                Map.of("reason", "Send If-Match"))).outcome()).isEqualTo("refused-428");
        assertThat(LegacyAudit.of(record("a", AuditAction.CREATE, AuditOutcome.REFUSED, 422, null)).outcome())
                .isEqualTo("refused-422");
        assertThat(LegacyAudit.of(record("a", AuditAction.UPDATE, AuditOutcome.REFUSED, 428,
                Map.of("reason", "Send If-Match"))).detail()).isEqualTo("Send If-Match");
    }

    @Test
    void importsSayWhatChangedAndTheImportIsContentImport() {
        LegacyAudit.Row created = LegacyAudit.of(record("system:import", AuditAction.IMPORT, AuditOutcome.SUCCESS, null,
                Map.of("change", "created", "release", "2026.11.0")));
        assertThat(created.subject()).isEqualTo("content-import");
        assertThat(created.action()).isEqualTo("import");
        assertThat(created.outcome()).isEqualTo("created");
        assertThat(created.detail()).isEqualTo("2026.11.0");
        assertThat(LegacyAudit.of(record("system:import", AuditAction.IMPORT, AuditOutcome.CONFLICT, null, null))
                .outcome()).isEqualTo("conflict");
    }

    @Test
    void oldFiltersBecomeTheKitsWords() {
        assertThat(LegacyAudit.action("import")).isEqualTo(AuditAction.IMPORT);
        assertThat(LegacyAudit.action(null)).isNull();
        assertThat(LegacyAudit.actor("content-import")).isEqualTo("system:import");
        assertThat(LegacyAudit.actor("editor-ana")).isEqualTo("editor-ana");
        assertThatThrownBy(() -> LegacyAudit.action("juggle")).isInstanceOf(IllegalArgumentException.class);
    }
}
