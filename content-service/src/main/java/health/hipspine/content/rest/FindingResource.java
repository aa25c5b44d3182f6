package health.hipspine.content.rest;

import health.hipspine.content.mapping.ContentMapper;
import health.hipspine.content.service.ClinicalModelCatalogue;
import health.hipspine.model.catalogue.FindingDefinition;
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
@Path("/api/v1/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings and clinical tests (read-only, clinical model)", description = "The findings and clinical tests a submission may use, with their value type; served from the clinical model, read-only")
public class FindingResource {

    static final String READ_ONLY = "Read-only: findings, tests and their diagnostic accuracy are defined once in the"
            + " clinical model (common/clinical-model) and versioned with the model release (`release`,"
            + " `modelVersion`). Changing a likelihood ratio or a cut-off is a model change, reviewed and released"
            + " with the model, not a content edit; there is no editor API here. Every accuracy row names its source"
            + " and evidence status (V verified, S secondary, C computed, U unverified) as in the evidence file.";

    private final ClinicalModelCatalogue model;
    private final Representations representations;
    private final ContentMapper mapper;

    public FindingResource(ClinicalModelCatalogue model, Representations representations,
                           ContentMapper mapper) {
        this.model = model;
        this.representations = representations;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listFindings", summary = "List finding codes and clinical tests", description = READ_ONLY + " Filters: group"
            + " (SYMPTOM, HISTORY, EXAMINATION, RED_FLAG), category (a differential category an accuracy row bears"
            + " on), evidenceStatus (V, S, C or U in any accuracy row), q (words in code or texts, either language)."
            + " Sorted by code. " + ApiDocs.LANGUAGE + " " + ApiDocs.CACHING)
    @APIResponse(responseCode = "200", description = "One page of findings", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ResponseSchemas.FindingPage.class), examples = @ExampleObject(name = "page", value = """
                    {"items":[{"code":"test.slr","version":1,"group":"EXAMINATION","valueType":"BOOLEAN","unit":null,
                      "min":null,"max":null,"sideApplies":true,"name":"Straight leg raise","meaning":"...","howToPerform":"...",
                      "accuracy":[{"id":"deville2000-slr","targetCondition":"Disc herniation","sn":"0.91 (0.82-0.94)",
                        "sp":"0.26 (0.16-0.38)","lrPositive":"1.2","lrNegative":"0.35","referenceStandard":"Surgery",
                        "source":"Devillé 2000","evidenceStatus":"V, C","model":{"used":true}}]}],
                     "total":1,"page":0,"size":20,"language":"en","release":"2026.11.0","modelVersion":"hipspine-model 2026.11.0"}""")))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Uni<Response> list(@QueryParam("group") @Pattern(regexp = "SYMPTOM|HISTORY|EXAMINATION|RED_FLAG") String group,
                         @QueryParam("category") String category,
                         @QueryParam("evidenceStatus") @Pattern(regexp = "[VSCUvscu]") String evidenceStatus,
                         @QueryParam("q") String q,
                         @Valid @BeanParam PageRequest page,
                         @Context UriInfo uri, @Context HttpHeaders headers) {
        List<FindingDefinition> matching = model.findings(group, category, evidenceStatus, q);
        return representations.respond(uri, headers, language -> mapper.modelPage(matching, page, language,
                model.catalogue().release(), model.modelVersion()));
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getFinding", summary = "One finding or clinical test, with its diagnostic accuracy", description = READ_ONLY)
    @APIResponse(responseCode = "200", description = "The finding", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ResponseSchemas.FindingView.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "404", description = "No finding with this code")
    public Uni<Response> get(@PathParam("code") String code, @Context UriInfo uri, @Context HttpHeaders headers) {
        FindingDefinition finding = model.finding(code).orElseThrow(() -> Problems.notFound("finding with code '" + code + "'"));
        return representations.respond(uri, headers, language -> mapper.presentModel(finding, language));
    }
}
