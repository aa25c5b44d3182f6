package health.hipspine.kit.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A missing or rejected token (expired, foreign issuer or key, wrong audience, tampered) answers 401 with the
 * Bearer challenge, as a problem detail. quarkus-resteasy-problem 3.21.0 (the newest release) maps this itself but
 * reads a field of Quarkus' ChallengeData that Quarkus 3.33 no longer has (NoSuchFieldError: a 500).
 * Remove this class once a resteasy-problem release built for Quarkus 3.33 exists.
 */
public class AuthenticationFailedMapper {

    @ServerExceptionMapper(priority = 1)
    public Response rejected(AuthenticationFailedException e) {
        return unauthorized(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response missing(UnauthorizedException e) {
        return unauthorized(e);
    }

    private static Response unauthorized(RuntimeException e) {
        return HttpProblem.builder()
                .withType(Problems.UNAUTHORIZED)
                .withTitle(Response.Status.UNAUTHORIZED.getReasonPhrase())
                .withStatus(Response.Status.UNAUTHORIZED)
                .withDetail(e.getMessage())
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build()
                .toResponse();
    }
}
