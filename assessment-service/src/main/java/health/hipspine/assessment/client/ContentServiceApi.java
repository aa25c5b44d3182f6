package health.hipspine.assessment.client;

import health.hipspine.contract.content.ConditionView;
import health.hipspine.contract.content.ContentPage;
import health.hipspine.contract.content.ExerciseView;
import health.hipspine.contract.content.ReleaseView;
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
 * The content service's read API (content-service, port 8081), read into the records of
 * {@code common/content-contract}. They ignore unknown fields: the content service may add more
 * without breaking us.
 */
@RegisterRestClient(configKey = "content")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ContentServiceApi {

    @GET
    @Path("/release")
    ReleaseView release(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/conditions/{code}")
    ConditionView condition(@PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    @GET
    @Path("/conditions/{code}/exercises")
    ContentPage<ExerciseView> exercisesFor(@PathParam("code") String code, @QueryParam("size") int size,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
