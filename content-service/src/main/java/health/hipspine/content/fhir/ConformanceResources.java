package health.hipspine.content.fhir;

import health.hipspine.content.service.ClinicalModelCatalogue;
import health.hipspine.fhirkit.CapabilityStatements;
import jakarta.enterprise.context.ApplicationScoped;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The questionnaires, code systems and value sets, built once from the catalogue bundled with the model (it
 * changes only with a release, i.e. a new build). Callers get copies: HAPI resources are mutable.
 */
@ApplicationScoped
public class ConformanceResources {

    public static final List<String> TYPES = List.of("Questionnaire", "CodeSystem", "ValueSet");

    private final Map<String, Map<String, MetadataResource>> byTypeAndId = new LinkedHashMap<>();
    private final CapabilityStatement capabilities;

    public ConformanceResources(ClinicalModelCatalogue catalogue) {
        List<MetadataResource> all = new ArrayList<>(CatalogueQuestionnaires.all(catalogue.catalogue()));
        List<CodeSystem> codeSystems = CatalogueTerminology.all(catalogue.catalogue());
        all.addAll(codeSystems);
        codeSystems.forEach(cs -> all.add(CatalogueTerminology.allOf(cs)));
        for (MetadataResource r : all) {
            byTypeAndId.computeIfAbsent(r.fhirType(), t -> new LinkedHashMap<>()).put(r.getIdElement().getIdPart(), r);
        }
        capabilities = CapabilityStatements.readOnlyServer("content-service", catalogue.catalogue().release(),
                "Bearer token (OAuth 2.0, Keycloak realm hipspine, audience hipspine-api) on every request except this "
                        + "CapabilityStatement, which is public like on most FHIR servers.",
                new Date(),
                TYPES.stream().map(t -> new CapabilityStatements.Served(t, List.of("url"),
                        "Read by id; search all, or by canonical url")).toList());
    }

    public Optional<MetadataResource> read(String type, String id) {
        return Optional.ofNullable(byTypeAndId.getOrDefault(type, Map.of()).get(id)).map(MetadataResource::copy);
    }

    /** Every resource of the type, or the one whose canonical url is {@code url} (a null url matches all). */
    public List<MetadataResource> search(String type, String url) {
        return byTypeAndId.getOrDefault(type, Map.of()).values().stream()
                .filter(r -> url == null || url.equals(r.getUrl()) || url.equals(r.getUrl() + "|" + r.getVersion()))
                .map(MetadataResource::copy)
                .toList();
    }

    public CapabilityStatement capabilities() {
        return capabilities.copy();
    }
}
