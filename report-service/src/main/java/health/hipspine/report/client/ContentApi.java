package health.hipspine.report.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The content service, called with our own client-credentials token (client {@code report-service}). */
@RegisterRestClient(configKey = "content")
@OidcClientFilter
@Path("/api/v1")
public interface ContentApi {

    @GET
    @Path("/exercises/{code}")
    ExerciseDetails exercise(@PathParam("code") String code, @HeaderParam("Accept-Language") String language);

    @GET
    @Path("/findings/{code}")
    JsonNode finding(@PathParam("code") String code, @HeaderParam("Accept-Language") String language);
}
