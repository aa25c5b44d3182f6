package health.hipspine.assessment.cdshooks.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ServiceRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the selected draft orders of an order-select call that are lumbar-spine or hip imaging. What counts is
 * data (cdshooks/imaging-orders.json), so a site can widen it without code.
 */
@ApplicationScoped
public class ImagingOrders {

    /** A selected imaging order: its reference (ServiceRequest/id) and region (lumbar or hip). */
    public record Order(String reference, String region) {
    }

    /** The hip guidance line and its cited source. */
    public record Guidance(String text, String source, String evidenceStatus) {
    }

    private final FhirContext fhir;
    private final ObjectMapper json;
    private final String categorySystem;
    private final String categoryCode;
    private final List<String> imagingWords;
    private final List<String> lumbarWords;
    private final List<String> hipWords;
    private final Guidance hipGuidance;

    public ImagingOrders(FhirContext fhir, ObjectMapper json) {
        this.fhir = fhir;
        this.json = json;
        JsonNode data;
        try (InputStream in = ImagingOrders.class.getResourceAsStream("/cdshooks/imaging-orders.json")) {
            data = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        categorySystem = data.path("imagingCategory").path("system").asText();
        categoryCode = data.path("imagingCategory").path("code").asText();
        imagingWords = words(data.path("imagingWords"));
        lumbarWords = words(data.path("regions").path("lumbar"));
        hipWords = words(data.path("regions").path("hip"));
        JsonNode hip = data.path("hipGuidance");
        hipGuidance = new Guidance(hip.path("text").asText(), hip.path("source").asText(), hip.path("evidenceStatus").asText());
    }

    public Guidance hipGuidance() {
        return hipGuidance;
    }

    /** The selected draft orders (all of them when the call names no selection) that are lumbar or hip imaging. */
    public List<Order> selected(java.util.Map<String, Object> context) {
        Object drafts = context == null ? null : context.get("draftOrders");
        if (drafts == null) {
            return List.of();
        }
        IBaseResource resource;
        try {
            resource = fhir.newJsonParser().parseResource(json.writeValueAsString(drafts));
        } catch (DataFormatException | IllegalArgumentException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return List.of();
        }
        if (!(resource instanceof Bundle bundle)) {
            return List.of();
        }
        Set<String> selections = context.get("selections") instanceof List<?> listed
                ? listed.stream().map(String::valueOf).collect(Collectors.toSet()) : Set.of();
        List<Order> found = new ArrayList<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof ServiceRequest order) {
                String reference = "ServiceRequest/" + order.getIdElement().getIdPart();
                if (selections.isEmpty() || selections.contains(reference)) {
                    region(order).ifPresent(region -> found.add(new Order(reference, region)));
                }
            }
        }
        return found;
    }

    private java.util.Optional<String> region(ServiceRequest order) {
        StringBuilder text = new StringBuilder();
        boolean imagingCategory = false;
        for (CodeableConcept category : order.getCategory()) {
            append(text, category);
            for (Coding c : category.getCoding()) {
                imagingCategory |= categorySystem.equals(c.getSystem()) && categoryCode.equals(c.getCode());
            }
        }
        append(text, order.getCode());
        order.getBodySite().forEach(site -> append(text, site));
        String words = " " + text.toString().toLowerCase(Locale.ROOT) + " ";
        if (!imagingCategory && imagingWords.stream().noneMatch(words::contains)) {
            return java.util.Optional.empty();
        }
        if (lumbarWords.stream().anyMatch(words::contains)) {
            return java.util.Optional.of("lumbar");
        }
        return hipWords.stream().anyMatch(words::contains) ? java.util.Optional.of("hip") : java.util.Optional.empty();
    }

    private static void append(StringBuilder text, CodeableConcept concept) {
        if (concept == null) {
            return;
        }
        text.append(' ').append(concept.getText() == null ? "" : concept.getText());
        concept.getCoding().forEach(c -> text.append(' ').append(c.getDisplay() == null ? "" : c.getDisplay()));
    }

    private static List<String> words(JsonNode array) {
        List<String> words = new ArrayList<>();
        array.forEach(w -> words.add(w.asText().toLowerCase(Locale.ROOT)));
        return List.copyOf(words);
    }
}
