package health.hipspine.assessment.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The content service's read API (content-service, port 8081). Read as JSON trees: only a few
 * fields matter here and the content service may add more without breaking us.
 */
@RegisterRestClient(configKey = "content")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ContentServiceApi {

    @GET
    @Path("/release")
    JsonNode release(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/conditions/{code}")
    JsonNode condition(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/conditions/{code}/exercises")
    JsonNode exercisesFor(@PathParam("code") String code, @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
