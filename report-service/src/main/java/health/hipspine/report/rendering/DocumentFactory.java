package health.hipspine.report.rendering;

import health.hipspine.events.AssessmentCompletedV1;
import health.hipspine.report.client.ContentLookup;

import java.time.Instant;

/**
 * Event in, PDF bytes out: composer, template and renderer in one place so service and benchmark agree. Every
 * composed page passes {@link PrintableText#strip} (one place for every text the composers print).
 */
public final class DocumentFactory {

    private final ClinicianReportComposer clinicianComposer = new ClinicianReportComposer();
    private final HandoutComposer handoutComposer = new HandoutComposer();
    private final ReportTemplates templates = new ReportTemplates();
    private final PdfRenderer renderer = new PdfRenderer();

    public String clinicianHtml(AssessmentCompletedV1 event, ContentLookup content, int reportVersion, Instant generatedAt) {
        return PrintableText.strip(templates.clinician(clinicianComposer.compose(event, content, ReportTemplates.VERSION, reportVersion, generatedAt)));
    }

    public byte[] clinicianPdf(AssessmentCompletedV1 event, ContentLookup content, int reportVersion, Instant generatedAt) {
        return renderer.render(clinicianHtml(event, content, reportVersion, generatedAt));
    }

    public byte[] handoutPdf(AssessmentCompletedV1 event, ContentLookup content, String language, Instant generatedAt) {
        return renderer.render(PrintableText.strip(templates.handout(handoutComposer.compose(event, content, language, generatedAt))));
    }

    public byte[] renderHtml(String xhtml) {
        return renderer.render(xhtml);
    }
}
