package health.hipspine.content.rest;

import health.hipspine.content.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token: the subject and, for machine clients, the client id (azp). */
@ApplicationScoped
public class Callers {

    private final JsonWebToken token;

    public Callers(JsonWebToken token) {
        this.token = token;
    }

    public Actor current() {
        String client = token.getClaim("azp");
        return new Actor(token.getSubject() == null ? token.getName() : token.getSubject(), client);
    }
}
