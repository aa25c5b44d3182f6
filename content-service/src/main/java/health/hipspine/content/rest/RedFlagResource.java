package health.hipspine.content.rest;

import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.service.ClinicalModelCatalogue;
import health.hipspine.model.catalogue.RedFlagRule;
import health.hipspine.kit.problem.Problems;
import health.hipspine.kit.paging.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

// every read needs a token (the HTTP permission enforces it); declared so the contract says so
@SecurityRequirement(name = "bearerAuth")
@Path("/api/v1/red-flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Red flags (read-only, clinical model)", description = "Red flags with their triage level, served from the clinical model, read-only")
public class RedFlagResource {

    static final String READ_ONLY = "Read-only: red-flag triage rules are part of the clinical model release, not"
            + " editable content. Each rule names its criteria, the action it triggers (level EMERGENCY, URGENT or"
            + " MONITOR, and the action text), the serious conditions it screens for, its source and evidence status."
            + " Single flags have redflag.* codes; combinations have triage.* codes.";

    private final ClinicalModelCatalogue model;
    private final Representations representations;
    private final ContentMapper mapper;

    public RedFlagResource(ClinicalModelCatalogue model, Representations representations,
                           ContentMapper mapper) {
        this.model = model;
        this.representations = representations;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listRedFlags", summary = "List red-flag rules", description = READ_ONLY + " Filters: level, condition (a serious"
            + " condition code), q. Sorted by code.")
    @APIResponse(responseCode = "200", description = "One page of red-flag rules", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ResponseSchemas.RedFlagPage.class), examples = @ExampleObject(name = "page", value = """
                    {"items":[{"code":"redflag.saddle-anaesthesia","kind":"SINGLE","level":"EMERGENCY",
                      "name":"Saddle anaesthesia","action":"Emergency referral now ...",
                      "conditionCodes":["cauda-equina-syndrome"],"source":"Dionne 2019","evidenceStatus":"V"}],
                     "total":1,"page":0,"size":20,"language":"en","release":"2026.11.0","modelVersion":"hipspine-model 2026.11.0"}""")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<Response> list(@QueryParam("level") @Pattern(regexp = "EMERGENCY|URGENT|MONITOR") String level,
                         @QueryParam("condition") String condition,
                         @QueryParam("q") String q,
                         @Valid @BeanParam PageRequest page,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        List<RedFlagRule> matching = model.redFlags(level, condition, q);
        return representations.respond(uri, headers, language -> mapper.modelPage(matching, page, language,
                model.catalogue().release(), model.modelVersion()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getRedFlag", summary = "One red-flag rule and the action it triggers", description = READ_ONLY)
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ResponseSchemas.RedFlagView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No red-flag rule with this code")
    public Uni<Response> get(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        RedFlagRule rule = model.redFlag(code).orElseThrow(() -> Problems.notFound("red-flag rule with code '" + code + "'"));
        return representations.respond(uri, headers, language -> mapper.presentModel(rule, language));
    }
}
