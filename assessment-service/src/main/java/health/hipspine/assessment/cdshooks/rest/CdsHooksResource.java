package health.hipspine.assessment.cdshooks.rest;

import health.hipspine.assessment.cdshooks.service.CdsFeedback;
import health.hipspine.assessment.cdshooks.service.CdsHooksService;
import health.hipspine.assessment.cdshooks.service.CdsRequest;
import health.hipspine.assessment.cdshooks.service.CdsServices;
import health.hipspine.assessment.cdshooks.service.Cards;
import health.hipspine.assessment.cdshooks.service.Discovery;
import health.hipspine.assessment.cdshooks.service.FeedbackRequest;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CDS Hooks 2.0 (https://cds-hooks.hl7.org/2.0/): discovery, the patient-view and order-select services and feedback.
 * The services are authenticated by the EHR's own JWT (EhrTokenMechanism), not by Keycloak; errors are plain HTTP
 * statuses with the kit's problem details, as CDS clients expect.
 */
@Path("/cds-services")
@Tag(name = "CDS Hooks", description = "CDS Hooks 2.0 services for EHRs, authenticated by the EHR's own JWT (docs/cds-hooks.md)")
@Produces(MediaType.APPLICATION_JSON)
public class CdsHooksResource {

    private final CdsHooksService services;
    private final CdsFeedback feedback;
    private final SecurityIdentity identity;

    public CdsHooksResource(CdsHooksService services, CdsFeedback feedback, SecurityIdentity identity) {
        this.services = services;
        this.feedback = feedback;
        this.identity = identity;
    }

    @GET
    @PermitAll
    // declared public in the contract: an empty requirement set ("no token needed"), not a missing one
    @SecurityRequirementsSet
    @Operation(operationId = "discoverCdsServices", summary = "CDS Hooks discovery: our services and the prefetch each asks for (no token needed)")
    @APIResponse(responseCode = "200", description = "The discovery document")
    public Discovery discovery() {
        return CdsServices.discovery();
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EhrIdentityProvider.ROLE)
    @Operation(operationId = "callCdsService", summary = "Call a CDS service (hipspine-patient-view, hipspine-imaging-order-select) with the EHR's JWT",
            description = "The Authorization header carries the EHR's CDS Hooks JWT (RS384/ES384, aud = this URL). See docs/cds-hooks.md.")
    @APIResponse(responseCode = "200", description = "Cards (possibly none)")
    @APIResponse(responseCode = "400", description = "The hook does not match the service")
    @APIResponse(responseCode = "401", description = "No EHR JWT, or one that is refused (issuer, key, algorithm, aud, exp, iat, jti)")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "412", description = "Required prefetch missing and it could not be fetched from the fhirServer")
    @APIResponse(responseCode = "422", description = "The patient's inputs break a rule of the assessment")
    public Cards.Response call(@PathParam("id") String id, CdsRequest request) {
        return services.call(id, ehr(), request);
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EhrIdentityProvider.ROLE)
    @Operation(operationId = "sendCdsFeedback", summary = "Feedback on a service's cards: accepted or overridden (with a coded reason); stored and audited")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "401", description = "No EHR JWT, or one that is refused")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "422", description = "An item lacks card, outcome or outcomeTimestamp, or is malformed")
    public Response feedback(@PathParam("id") String id, FeedbackRequest request) {
        feedback.record(id, ehr(), request);
        return Response.ok().build();
    }

    private String ehr() {
        return identity.getAttribute(EhrIdentityProvider.EHR_ATTRIBUTE);
    }
}
