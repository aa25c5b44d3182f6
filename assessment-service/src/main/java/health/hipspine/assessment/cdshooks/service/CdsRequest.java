package health.hipspine.assessment.cdshooks.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A CDS Hooks 2.0 service request. Unknown fields are ignored, as the specification asks of services (clients add
 * fields over time); the FHIR resources in context and prefetch are read with HAPI, not with Jackson.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CdsHookRequest", description = "CDS Hooks 2.0 request (https://cds-hooks.hl7.org/2.0/#http-request)")
public record CdsRequest(
        @Schema(examples = "patient-view", required = true) String hook,
        @Schema(description = "UUID of this hook call", required = true) String hookInstance,
        @Schema(description = "Base URL of the EHR's FHIR server; missing prefetch is fetched there") String fhirServer,
        FhirAuthorization fhirAuthorization,
        // plain maps, not JsonNode: the OpenAPI schema stays a free-form object instead of Jackson's internals
        @Schema(description = "Hook context: patientId, userId, encounterId; order-select adds selections and draftOrders (a FHIR Bundle)",
                required = true) Map<String, Object> context,
        @Schema(description = "Prefetched FHIR resources (or null) by the keys of the discovery document") Map<String, Object> prefetch) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "CdsFhirAuthorization")
    public record FhirAuthorization(
            @Schema(name = "access_token") @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
            @Schema(name = "token_type") @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
            @Schema(name = "expires_in") @com.fasterxml.jackson.annotation.JsonProperty("expires_in") Integer expiresIn,
            String scope,
            String subject) {
    }

    /** A context field as text, or null. */
    public String contextText(String field) {
        Object value = context == null ? null : context.get(field);
        return value == null ? null : value.toString();
    }
}
