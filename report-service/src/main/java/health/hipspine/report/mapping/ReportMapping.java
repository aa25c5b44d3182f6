package health.hipspine.report.mapping;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.events.AssessmentResult;
import health.hipspine.report.event.AssessmentEvent;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportStatus;

import java.time.Instant;
import java.util.UUID;

/** Event → stored report: the columns a report is listed and found by, plus the event itself, verbatim. */
public final class ReportMapping {

    private ReportMapping() {
    }

    public static ReportEntity newReport(AssessmentEvent event, UUID id, Instant now) {
        AssessmentCompletedV1 data = event.data();
        ReportEntity r = new ReportEntity();
        r.id = id;
        r.assessmentId = data.assessmentId();
        r.clinicId = data.clinicId();
        r.patientRef = data.patientRef();
        r.clinician = data.clinician();
        r.encounterDate = data.encounterDate();
        r.triageLevel = data.result().triage().level();
        r.topCategory = topCategory(data.result());
        r.status = ReportStatus.PENDING;
        r.currentVersion = 0;
        r.eventId = event.eventId();
        r.eventData = event.json();
        r.modelVersion = data.result().modelVersion();
        r.contentRelease = data.result().contentRelease();
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /**
     * The category the findings raised (the model's leader), or null for "no clear source": never simply the
     * most probable entry, which may owe its place to prevalence or age alone.
     */
    public static String topCategory(AssessmentResult result) {
        return result.leadingCategory();
    }
}
