package health.hipspine.report.mapping;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentResult;
import health.hipspine.report.SampleEvents;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMappingTest {

    @Test
    void aNewReportIsPendingInTheEventsClinicWithTheEventVerbatimAndTheMostProbableCategory() {
        AssessmentCompletedV1 data = SampleEvents.typical(UUID.randomUUID(), "clinic-a", "PT-1");
        AssessmentEvent event = new AssessmentEvent("evt-1", data, "{\"as\":\"received\"}");
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-20T09:30:01Z");

        ReportEntity r = ReportMapping.newReport(event, id, now);

        assertThat(r.id).isEqualTo(id);
        assertThat(r.assessmentId).isEqualTo(data.assessmentId());
        assertThat(r.clinicId).isEqualTo("clinic-a");
        assertThat(r.patientRef).isEqualTo("PT-1");
        assertThat(r.status).isEqualTo(ReportStatus.PENDING);
        assertThat(r.currentVersion).isZero();
        assertThat(r.triageLevel).isEqualTo("URGENT");
        assertThat(r.topCategory).isEqualTo("HIP_INTRA_ARTICULAR");
        assertThat(r.eventId).isEqualTo("evt-1");
        assertThat(r.eventData).isEqualTo("{\"as\":\"received\"}");
        assertThat(r.createdAt).isEqualTo(now).isEqualTo(r.updatedAt);
    }

    @Test
    void theTopCategoryIsTheModelsLeaderAndNoneWhenNoFindingRaisedOne() {
        List<AssessmentResult.DifferentialEntry> differential = List.of(
                new AssessmentResult.DifferentialEntry("SACROILIAC", 0.1, null, 0.3, List.of(), List.of()),
                new AssessmentResult.DifferentialEntry("HIP_LATERAL", 0.5, null, 0.5, List.of(), List.of()),
                new AssessmentResult.DifferentialEntry("LUMBAR_STENOSIS", 0.1, null, 0.4, List.of(), List.of()));
        var led = new AssessmentResult("m", "c", null, differential, null, null, null, List.of(), List.of(),
                "primary-care", "LUMBAR_STENOSIS", null, false, List.of());
        assertThat(ReportMapping.topCategory(led)).isEqualTo("LUMBAR_STENOSIS");
        // a category that merely starts highest (or ties) is not a leader: no clear source, never the first entry
        var noClearSource = new AssessmentResult("m", "c", null, differential, null, null, null, List.of(), List.of());
        assertThat(ReportMapping.topCategory(noClearSource)).isNull();
    }
}
