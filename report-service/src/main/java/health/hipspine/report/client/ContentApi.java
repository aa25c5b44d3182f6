package health.hipspine.report.client;

import health.hipspine.contract.content.ExerciseView;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The content service, called with our own client-credentials token (client {@code report-service}). An exercise
 * is read into the record of {@code common/content-contract}; a finding (a clinical-model record the content
 * service serves read-only) only as far as its name.
 */
@RegisterRestClient(configKey = "content")
@OidcClientFilter
@Path("/api/v1")
public interface ContentApi {

    @GET
    @Path("/exercises/{code}")
    ExerciseView exercise(@PathParam("code") String code, @HeaderParam("Accept-Language") String language);

    /** The exercise's picture, an SVG document (the same in every language). */
    @GET
    @Path("/exercises/{code}/image")
    @Produces("image/svg+xml")
    String exerciseImage(@PathParam("code") String code);

    @GET
    @Path("/findings/{code}")
    FindingName finding(@PathParam("code") String code, @HeaderParam("Accept-Language") String language);
}
