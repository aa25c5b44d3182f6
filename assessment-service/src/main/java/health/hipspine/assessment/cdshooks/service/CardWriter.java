package health.hipspine.assessment.cdshooks.service;

import health.hipspine.assessment.mapping.ClinicalModelMapping;
import health.hipspine.events.AssessmentResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Cards from what the clinical model concluded: pure functions, every statement carrying the source the model cites
 * (and saying so where the evidence is weak: status S or U in the evidence files).
 */
final class CardWriter {

    static final String OVERRIDE_SYSTEM = "http://hipspine.health/fhir/CodeSystem/cds-override-reason";
    static final int SUMMARY_MAX = 140;

    private CardWriter() {
    }

    /**
     * One critical card for an EMERGENCY or URGENT triage; none when ROUTINE. The first reason set the level (the model
     * orders them so): it heads the card and gives its source; the others follow, each with its own source.
     */
    static List<Cards.Card> redFlags(AssessmentResult.Triage triage, List<Cards.Link> links) {
        if (triage == null || "ROUTINE".equals(triage.level()) || triage.reasons().isEmpty()) {
            return List.of();
        }
        AssessmentResult.TriageReason first = triage.reasons().get(0);
        StringBuilder detail = new StringBuilder("**Action:** ").append(triage.action()).append("\n\n**").append(triage.level())
                .append("** triage. Reasons:");
        for (AssessmentResult.TriageReason reason : triage.reasons()) {
            detail.append("\n- ").append(reason.text()).append(" (").append(reason.source()).append(")");
        }
        return List.of(new Cards.Card(uuid(), summary(triage.level() + " red flag: " + first.text()), detail.toString(), "critical",
                new Cards.Source(first.source(), null, null), null, null, null, links));
    }

    /** The leading pain source with its probability, the pre-test source and each likelihood ratio with its citation. */
    static Optional<Cards.Card> leadingSource(AssessmentResult result, List<Cards.Link> links) {
        if (result.differential() == null || result.differential().isEmpty()) {
            return Optional.empty();
        }
        AssessmentResult.DifferentialEntry lead = result.differential().stream()
                .filter(e -> e.category().equals(result.leadingCategory())).findFirst()
                .orElseGet(() -> result.differential().stream()
                        .max(Comparator.comparingDouble(AssessmentResult.DifferentialEntry::probability)).orElseThrow());
        StringBuilder detail = new StringBuilder();
        detail.append("Probability ").append(percent(lead.probability())).append(" (pre-test ")
                .append(percent(lead.preTestProbability())).append(", ").append(lead.preTestSource()).append(").");
        if (!lead.contributions().isEmpty()) {
            detail.append("\n\nFindings that moved it:");
            for (AssessmentResult.Contribution c : lead.contributions()) {
                detail.append("\n- ").append(ClinicalModelMapping.findingName(c.findingCode(), "en")).append(": LR ").append(c.likelihoodRatio()).append(", ")
                        .append(c.direction().toLowerCase(Locale.ROOT)).append(" (").append(c.source()).append(")");
                if ("S".equals(c.evidenceStatus()) || "U".equals(c.evidenceStatus())) {
                    detail.append(" — weak evidence (status ").append(c.evidenceStatus()).append(")")
                            .append(c.evidenceNote() == null ? "" : ": " + c.evidenceNote());
                }
            }
        }
        detail.append("\n\nSupports clinical judgement; it does not diagnose.");
        return Optional.of(new Cards.Card(uuid(),
                summary("Leading pain source: " + ClinicalModelMapping.categoryName(lead, "en") + " (" + percent(lead.probability()) + ")"),
                detail.toString(), "info",
                new Cards.Source("Hip–Spine Navigator, model " + result.modelVersion(), null, null), null, null, null, links));
    }

    /** "No routine imaging": the model's next step (its text and source), the hip line when a hip order is selected. */
    static Cards.Card noRoutineImaging(AssessmentResult.NextStep step, List<ImagingOrders.Order> orders,
                                       ImagingOrders.Guidance hip) {
        boolean hipOrder = orders.stream().anyMatch(o -> "hip".equals(o.region()));
        boolean lumbarOrder = orders.stream().anyMatch(o -> "lumbar".equals(o.region()));
        StringBuilder detail = new StringBuilder("No red flag was found in the patient's latest assessment.\n\n");
        String source = step.source();
        if (lumbarOrder || !hipOrder) {
            detail.append(step.text()).append(" (").append(step.source()).append(")");
        }
        if (hipOrder) {
            detail.append(lumbarOrder ? "\n\n" : "").append(hip.text()).append(" (").append(hip.source()).append(")");
            source = lumbarOrder ? step.source() + "; " + hip.source() : hip.source();
        }
        List<String> references = orders.stream().map(ImagingOrders.Order::reference).toList();
        Cards.Suggestion remove = new Cards.Suggestion("Remove the imaging order", uuid(), true,
                List.of(new Cards.Action("delete", "Remove the draft imaging order", references)));
        List<Cards.Coding> reasons = List.of(
                new Cards.Coding(OVERRIDE_SYSTEM, "red-flag-not-recorded", "A red flag is present that the assessment does not record"),
                new Cards.Coding(OVERRIDE_SYSTEM, "specialist-decision", "Specialist setting: imaging will change management"),
                new Cards.Coding(OVERRIDE_SYSTEM, "other", "Other reason"));
        return new Cards.Card(uuid(), summary("No routine imaging: no red flag found for this "
                + (hipOrder && !lumbarOrder ? "hip" : lumbarOrder && !hipOrder ? "low back" : "hip or low back") + " presentation"),
                detail.toString(), "warning", new Cards.Source(source, null, null), List.of(remove), "at-most-one", reasons, null);
    }

    static String percent(double probability) {
        return Math.round(probability * 100) + "%";
    }

    private static String summary(String text) {
        return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
