package health.hipspine.kit.it;

import health.hipspine.kit.audit.AuditAction;
import health.hipspine.kit.audit.AuditEvent;
import health.hipspine.kit.audit.AuditOutcome;
import health.hipspine.kit.audit.AuditTrail;
import health.hipspine.kit.caller.Caller;
import health.hipspine.kit.caller.ClinicScope;
import health.hipspine.kit.paging.Page;
import health.hipspine.kit.paging.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A test-only resource shaped like the services' endpoints, to prove the kit's wiring end to end. */
@Path("/things")
@Produces(MediaType.APPLICATION_JSON)
public class Things {

    public record Part(@NotBlank String label) {
    }

    public record Thing(@NotBlank String name, @Min(1) int count, @NotEmpty List<@Valid Part> parts) {
    }

    private final ThingService service;
    private final Caller caller;

    public Things(ThingService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @PermitAll
    public Page<Integer> list(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit,
                              @Valid @BeanParam PageRequest page) {
        List<Integer> all = IntStream.range(0, limit).boxed().toList();
        int from = (int) Math.min(page.offset(), all.size());
        return Page.of(all.subList(from, Math.min(from + page.size(), all.size())), all.size(), page);
    }

    @GET
    @Path("{id}")
    @PermitAll
    public Map<String, Object> one(@PathParam("id") long id) {
        return Map.of("id", id);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Thing create(@Valid Thing thing) {
        return thing;
    }

    @POST
    @Path("{id}/audited")
    @RolesAllowed({"clinician", "integration"})
    public Map<String, Object> audited(@PathParam("id") long id, @QueryParam("fail") @DefaultValue("false") boolean fail) {
        ClinicScope clinic = caller.requireClinic();
        return Map.of("entry", service.touch(id, clinic, fail));
    }

    /** A text path parameter that reaches PostgreSQL, as the services' content codes do. */
    @GET
    @Path("named/{code}")
    @PermitAll
    public Map<String, Object> named(@PathParam("code") String code) {
        return Map.of("found", service.countNamed(code));
    }

    @GET
    @Path("busy")
    @PermitAll
    public String busy() {
        throw new jakarta.ws.rs.WebApplicationException(jakarta.ws.rs.core.Response.status(429).header("Retry-After", "5").build());
    }

    @GET
    @Path("me")
    @PermitAll
    public Map<String, Object> me() {
        java.util.Map<String, Object> me = new java.util.LinkedHashMap<>();
        me.put("subject", caller.subject());
        me.put("login", caller.login());
        me.put("clientId", caller.clientId());
        me.put("roles", caller.roles());
        me.put("clinic", caller.clinic().orElse(null));
        me.put("bearer", caller.bearerAuthorization() != null);
        return me;
    }

    @ApplicationScoped
    public static class ThingService {

        private final AuditTrail audit;

        public ThingService(AuditTrail audit) {
            this.audit = audit;
        }

        public long countNamed(String code) {
            return audit.search(new health.hipspine.kit.audit.AuditQuery(null, null, "thing", code, null, null, null, null),
                    PageRequest.of(0, 1)).total();
        }

        /** An action and its audit entry in one transaction; {@code fail} rolls both back. */
        @Transactional
        public long touch(long id, ClinicScope clinic, boolean fail) {
            long entry = audit.record(AuditEvent.of(AuditAction.UPDATE, "thing", Long.toString(id), AuditOutcome.SUCCESS)
                    .withVersion(3).withStatus(200).withDetail(Map.of("clinicSeen", clinic.clinicId(), "bytes", 1234L))).id();
            if (fail) {
                throw new IllegalStateException("rolled back on purpose");
            }
            return entry;
        }
    }
}
