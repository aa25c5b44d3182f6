package health.hipspine.assessment.cdshooks.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** The discovery document (https://cds-hooks.hl7.org/2.0/#discovery). */
@Schema(name = "CdsDiscovery")
public record Discovery(List<Service> services) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "CdsService")
    public record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
                          String usageRequirements) {
    }
}
