package health.hipspine.report.repository;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportEntityTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @Test
    void aFailedFirstRenderMakesTheReportFailedButAFailedRegenerationKeepsItReady() {
        ReportEntity pending = new ReportEntity();
        pending.status = ReportStatus.PENDING;
        pending.failed("rendering failed: X", NOW);
        assertThat(pending.status).isEqualTo(ReportStatus.FAILED);

        ReportEntity ready = new ReportEntity();
        ready.ready(1, NOW);
        ready.failed("rendering failed: X", NOW);
        assertThat(ready.status).isEqualTo(ReportStatus.READY);
        assertThat(ready.currentVersion).isEqualTo(1);
        assertThat(ready.failureReason).isEqualTo("rendering failed: X");

        ready.ready(2, NOW);
        assertThat(ready.failureReason).isNull();
        assertThat(ready.currentVersion).isEqualTo(2);
    }

    @Test
    void aDocumentsHashIsTheSha256OfItsBytes() {
        assertThat(ReportDocumentEntity.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        ReportDocumentEntity d = ReportDocumentEntity.of(null, 1, DocumentKind.HANDOUT, "es", "t", false, "first download",
                new byte[] {1, 2, 3}, NOW);
        assertThat(d.sizeBytes).isEqualTo(3);
        assertThat(d.toStored().sha256()).isEqualTo(d.sha256);
    }
}
