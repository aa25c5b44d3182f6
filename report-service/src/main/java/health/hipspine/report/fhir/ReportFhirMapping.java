package health.hipspine.report.fhir;

import health.hipspine.fhirkit.Canonicals;
import health.hipspine.report.repository.DocumentKind;
import health.hipspine.report.repository.ReportEntity;
import health.hipspine.report.repository.ReportStatus;
import health.hipspine.report.repository.StoredDocument;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A report as FHIR R4: the clinician report as a DiagnosticReport with the PDF in presentedForm, the patient
 * handout as a DocumentReference. Pure: what to show comes in, nothing is read here. The PDFs stay where they
 * are; attachments carry the URL of the existing, audited download endpoint, never the bytes.
 */
public final class ReportFhirMapping {

    /** The handout languages an EHR may ask for (Accept-Language on the download). */
    public static final List<String> HANDOUT_LANGUAGES = List.of("en", "es");

    private ReportFhirMapping() {
    }

    /**
     * @param apiBase    the service's base URL, e.g. {@code https://reports.example/} (for attachment URLs)
     * @param reportSha1 SHA-1 of the current clinician PDF (Attachment.hash), or null while there is none
     */
    public static DiagnosticReport diagnosticReport(ReportEntity r, List<StoredDocument> documents, byte[] reportSha1, String apiBase) {
        DiagnosticReport dr = new DiagnosticReport();
        dr.setId(r.id.toString());
        dr.getMeta().setLastUpdated(Date.from(r.updatedAt != null ? r.updatedAt : r.createdAt));
        if (r.currentVersion > 0) {
            dr.getMeta().setVersionId(Integer.toString(r.currentVersion));
        }
        dr.addIdentifier(assessmentIdentifier(r.assessmentId));
        dr.setStatus(status(r.status));
        dr.setCode(kind("clinician-report", "Hip-spine clinician report"));
        dr.setSubject(subject(r.patientRef));
        if (r.encounterDate != null) {
            dr.setEffective(new DateTimeType(Date.from(r.encounterDate.atStartOfDay(ZoneOffset.UTC).toInstant()),
                    ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY));
        }
        dr.setIssued(Date.from(r.updatedAt != null ? r.updatedAt : r.createdAt));
        StringBuilder conclusion = new StringBuilder();
        if (r.triageLevel != null) {
            conclusion.append("Red-flag triage: ").append(r.triageLevel).append(". ");
        }
        if (r.topCategory != null) {
            conclusion.append("Leading source: ").append(r.topCategory).append(". ");
            dr.addConclusionCode(new CodeableConcept().addCoding(new Coding().setSystem(Canonicals.CATEGORY).setCode(r.topCategory)));
        }
        conclusion.append("Model ").append(r.modelVersion).append(", content ").append(r.contentRelease)
                .append(". The PDF is the report; this summary is not a diagnosis.");
        dr.setConclusion(conclusion.toString().trim());
        current(documents, r.currentVersion, DocumentKind.CLINICIAN, "en").ifPresent(d -> dr.addPresentedForm(
                attachment(d, apiBase + "api/v1/reports/" + r.id + "/pdf?version=" + d.version(), "Clinician report v" + d.version())
                        .setHash(reportSha1)));
        return dr;
    }

    /**
     * The handout of a report's current version: one attachment per language, all with the one download URL
     * (the language is chosen by {@code Accept-Language}). A language already rendered carries its size and date;
     * the others are rendered on their first download.
     */
    public static DocumentReference handout(ReportEntity r, List<StoredDocument> documents, String apiBase) {
        DocumentReference doc = new DocumentReference();
        doc.setId(r.id.toString());
        doc.getMeta().setLastUpdated(Date.from(r.updatedAt != null ? r.updatedAt : r.createdAt));
        doc.addIdentifier(assessmentIdentifier(r.assessmentId));
        doc.setStatus(DocumentReferenceStatus.CURRENT);
        doc.setType(kind("patient-handout", "Patient handout: exercise plan in plain language"));
        doc.setSubject(subject(r.patientRef));
        doc.setDate(Date.from(r.updatedAt != null ? r.updatedAt : r.createdAt));
        doc.setDescription("Patient handout of report " + r.id + " (version " + r.currentVersion + ")");
        doc.getContext().addRelated(new Reference("DiagnosticReport/" + r.id));
        String url = apiBase + "api/v1/reports/" + r.id + "/handout.pdf";
        for (String language : HANDOUT_LANGUAGES) {
            Optional<StoredDocument> archived = current(documents, r.currentVersion, DocumentKind.HANDOUT, language);
            Attachment attachment = archived.map(d -> attachment(d, url, "Patient handout (" + language + ")"))
                    .orElseGet(() -> new Attachment().setContentType("application/pdf").setLanguage(language).setUrl(url)
                            .setTitle("Patient handout (" + language + "), rendered on first download"));
            doc.addContent().setAttachment(attachment);
        }
        return doc;
    }

    private static Attachment attachment(StoredDocument d, String url, String title) {
        Attachment a = new Attachment().setContentType("application/pdf").setLanguage(d.language()).setUrl(url)
                .setSize(d.sizeBytes()).setTitle(title);
        a.setCreation(Date.from(d.generatedAt()));
        return a;
    }

    private static Optional<StoredDocument> current(List<StoredDocument> documents, int version, DocumentKind kind, String language) {
        return documents.stream().filter(d -> d.version() == version && d.kind() == kind && d.language().equals(language)).findFirst();
    }

    private static Identifier assessmentIdentifier(UUID assessmentId) {
        return new Identifier().setSystem(Canonicals.ASSESSMENT_ID).setValue(assessmentId.toString());
    }

    private static Reference subject(String patientRef) {
        return new Reference().setIdentifier(new Identifier().setSystem(Canonicals.PATIENT_REF).setValue(patientRef)).setType("Patient");
    }

    private static CodeableConcept kind(String code, String display) {
        return new CodeableConcept().addCoding(new Coding(Canonicals.DOCUMENT_KIND, code, display)).setText(display);
    }

    /** READY → final; PENDING → registered (nothing to show yet); FAILED → cancelled (no document was produced). */
    static DiagnosticReport.DiagnosticReportStatus status(ReportStatus status) {
        return switch (status) {
            case READY -> DiagnosticReport.DiagnosticReportStatus.FINAL;
            case PENDING -> DiagnosticReport.DiagnosticReportStatus.REGISTERED;
            case FAILED -> DiagnosticReport.DiagnosticReportStatus.CANCELLED;
        };
    }
}
