package health.hipspine.report.rest;

import health.hipspine.report.deadletter.DeadLetter;
import health.hipspine.kit.caller.Roles;
import health.hipspine.report.service.DeadLetterService;
import health.hipspine.kit.problem.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Admin view of events the consumer could not process, and their re-drive. */
@Path("/api/v1/admin/dead-letters")
@Tag(name = "Administration", description = "Assessment events the report consumer could not process: list and redrive (admin)")
@RolesAllowed(Roles.ADMIN)
public class DeadLetterResource {

    static final String LETTER_EXAMPLE = """
            {"id":"0-3","eventId":"7d3c0c1e-52a4-4c52-9d0b-0f5e7a1b2c3d","eventType":"health.hipspine.assessment.completed.v1",
             "assessmentId":"0b8f7a52-3c55-4a8e-b2a4-6a4b4cb0e7d2","clinicId":"clinic-a",
             "reason":"required field missing: patientRef","cause":null,"originalTopic":"assessment-events",
             "originalPartition":"0","originalOffset":"17","deadLetteredAt":"2026-11-20T09:30:02Z","redrivenAt":null,"redrivenBy":null}""";

    private final DeadLetterService deadLetters;

    public DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDeadLetters", summary = "List dead letters", description = "Newest first, from the topic assessment-events.dlq; headers only, never the payload.")
    @APIResponse(responseCode = "200", description = "Dead letters", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one letter", value = "[" + LETTER_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "limit is not a number from 1 to 1000", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<DeadLetter> list(@QueryParam("limit") @DefaultValue("100")
            @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000, message = "must be between 1 and 1000") int limit) {
        return deadLetters.list(limit);
    }

    @POST
    @Path("/{id}/redrive")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redriveDeadLetter", summary = "Re-drive a dead letter", description = "Publishes the original record again to assessment-events (header "
            + "hipspine_redrive_of = the letter id). Safe to repeat: the consumer is idempotent, and a letter that is still poison "
            + "returns to the dead-letter topic.")
    @APIResponse(responseCode = "202", description = "Re-published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "re-driven", value = LETTER_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such letter", content = @Content(mediaType = "application/problem+json"))
    public jakarta.ws.rs.core.Response redrive(@PathParam("id") String id) {
        DeadLetter letter = deadLetters.redrive(id).orElseThrow(() -> Problems.notFound("dead letter " + id));
        return jakarta.ws.rs.core.Response.accepted(letter).build();
    }
}
