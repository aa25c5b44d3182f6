package health.hipspine.assessment.rest;

import health.hipspine.assessment.service.ParkedEvents;
import health.hipspine.assessment.service.ParkedEvents.ParkedEvent;
import health.hipspine.kit.caller.Roles;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import health.hipspine.kit.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Admin view of outbox events the relay parked after repeated permanent failures, and their release. */
@Path("/api/v1/admin/outbox/parked")
@Tag(name = "Administration", description = "Outbox events the relay parked and their release")
@RolesAllowed(Roles.ADMIN)
public class ParkedEventResource {

    static final String EVENT_EXAMPLE = """
            {"eventId":"7d3c0c1e-52a4-4c52-9d0b-0f5e7a1b2c3d","assessmentId":"0b8f7a52-3c55-4a8e-b2a4-6a4b4cb0e7d2",
             "clinicId":"clinic-a","eventType":"health.hipspine.assessment.completed.v1","createdAt":"2026-11-20T09:30:00Z",
             "attempts":5,"failures":5,"lastError":"RecordTooLargeException","parkedAt":"2026-11-20T09:30:04Z"}""";

    private final ParkedEvents parked;

    public ParkedEventResource(ParkedEvents parked) {
        this.parked = parked;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listParkedEvents", summary = "List parked outbox events", description = "Oldest first; never the payload. An event is parked "
            + "when Kafka refused the record itself (not a broker outage) assessment.outbox.relay.max-failures times.")
    @APIResponse(responseCode = "200", description = "A page of parked events", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one parked event", value = "{\"items\":[" + EVENT_EXAMPLE + "],\"total\":1,\"page\":0,\"size\":20}")))
    @APIResponse(responseCode = "400", description = "page or size unreadable or out of range", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Page<ParkedEvent> list(@Valid @BeanParam PageRequest page) {
        return parked.list(page);
    }

    @POST
    @Path("/{eventId}/release")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "releaseParkedEvent", summary = "Release a parked event", description = "Back to the relay with a fresh failure count (for after "
            + "the cause was fixed, e.g. the broker's message size raised). Safe to repeat: consumers de-duplicate on the event id.")
    @APIResponse(responseCode = "202", description = "Released; the relay sends it on its next round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "released", value = EVENT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "eventId is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No parked event with this id", content = @Content(mediaType = "application/problem+json"))
    public Response release(@PathParam("eventId") UUID eventId) {
        ParkedEvent event = parked.release(eventId).orElseThrow(() -> Problems.notFound("parked event " + eventId));
        return Response.accepted(event).build();
    }
}
