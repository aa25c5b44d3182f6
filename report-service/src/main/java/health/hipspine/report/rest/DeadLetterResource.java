package health.hipspine.report.rest;

import health.hipspine.report.deadletter.DeadLetter;
import health.hipspine.kit.caller.Roles;
import health.hipspine.report.service.DeadLetterService;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.paging.Page;
import health.hipspine.report.repository.DeadLetterEntity;
import health.hipspine.kit.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
             "originalPartition":"0","originalOffset":"17","deadLetteredAt":"2026-11-20T09:30:02Z","redrivenAt":null,"redrivenBy":null,"redriveOf":null}""";

    private final DeadLetterService deadLetters;

    public DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDeadLetters", summary = "List dead letters", description = "Newest first, from the dead-letter index in PostgreSQL (every letter on "
            + "assessment-events.dlq is indexed as it is written); headers only, never the payload. Paged: `limit` letters per page, "
            + "`page` from 0; `X-Total-Count` gives the number of letters and `Link` the next page. `status` DEAD (not re-driven) "
            + "or REDRIVEN narrows the list.")
    @APIResponse(responseCode = "200", description = "Dead letters", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "one letter", value = "[" + LETTER_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "limit is not a number from 1 to 1000, page is negative, or status is unknown",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response list(@QueryParam("limit") @DefaultValue("100")
            @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000, message = "must be between 1 and 1000") int limit,
            @Parameter(description = "Page number from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @Parameter(description = "DEAD or REDRIVEN; default any") @QueryParam("status") DeadLetterEntity.Status status,
            @Context UriInfo uri) {
        Page<DeadLetter> letters = deadLetters.list(status, PageRequest.of(page, limit));
        Response.ResponseBuilder ok = Response.ok(letters.items()).header("X-Total-Count", letters.total());
        if (letters.hasNext()) {
            ok.link(uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build(), "next");
        }
        return ok.build();
    }

    /** A bulk re-drive: named letters, or (no ids) the oldest letters not re-driven yet, optionally by reason. */
    public record BulkRedriveRequest(
            @Schema(description = "Letter ids (partition-offset); empty or absent: letters not re-driven yet")
            @Size(max = 1000, message = "at most 1000 ids") List<@NotNull(message = "must be partition-offset")
                    @Pattern(regexp = "\\d{1,9}-\\d{1,18}", message = "must be partition-offset") String> ids,
            @Schema(description = "Without ids: only letters whose reason contains this text (case-insensitive)", example = "database")
            @Size(max = 200, message = "at most 200 characters")
            @Pattern(regexp = "\\P{Cntrl}*", message = "must not contain control characters") String reasonContains,
            @Schema(description = "At most this many letters (1 to 1000, default 100)", example = "100")
            @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000, message = "must be between 1 and 1000") Integer max) {
    }

    @POST
    @Path("/redrive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redriveDeadLetters", summary = "Re-drive dead letters in bulk", description = "E.g. after an outage: every named letter, or up to `max` letters not "
            + "re-driven yet (oldest first) whose reason contains `reasonContains`, leaving out letters that came back after a re-drive (`redriveOf` set: still poison; name them to re-drive them again). Each is published again as by the single re-drive "
            + "and audited; `skipped` lists ids that are not (or no longer) on the topic.")
    @APIResponse(responseCode = "202", description = "Re-published", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "bulk", value = "{\"redriven\":[" + LETTER_EXAMPLE + "],\"skipped\":[]}")))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "422", description = "A malformed id or out-of-range max", content = @Content(mediaType = "application/problem+json"))
    public Response redriveAll(@Valid BulkRedriveRequest request) {
        BulkRedriveRequest r = request == null ? new BulkRedriveRequest(null, null, null) : request;
        DeadLetterService.BulkRedrive done = deadLetters.redriveAll(r.ids(), r.reasonContains(), r.max() == null ? 100 : r.max());
        return Response.accepted(done).build();
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
    public Response redrive(@PathParam("id") String id) {
        DeadLetter letter = deadLetters.redrive(id).orElseThrow(() -> Problems.notFound("dead letter " + id));
        return Response.accepted(letter).build();
    }
}
