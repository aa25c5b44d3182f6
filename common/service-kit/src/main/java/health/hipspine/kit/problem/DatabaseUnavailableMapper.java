package health.hipspine.kit.problem;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;

/**
 * The database unreachable answers 503 with {@code Retry-After} (problem {@code service-unavailable}) in every
 * service instead of 500: the client may simply retry, and nothing was changed (the transaction rolled back).
 * The exception types are those a database failure reaches the resource as (Hibernate's and the driver's, or
 * the transaction interceptor's wrapper); any other failure of these types answers as before, through
 * quarkus-resteasy-problem's default (500, logged). Recovery needs nothing here: the pool validates a
 * connection before lending it ({@code quarkus.datasource.jdbc.validate-on-borrow}), so the first request after
 * PostgreSQL returns gets a fresh one.
 */
public class DatabaseUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class);

    /** Seconds a client should wait: long enough for a restart to be noticed, short enough not to lose users. */
    public static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper(priority = 1)
    public Response persistence(PersistenceException e, UriInfo uri) {
        return map(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response sql(SQLException e, UriInfo uri) {
        return map(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response transactional(TransactionalException e, UriInfo uri) {
        return map(e, uri);
    }

    static Response map(Throwable e, UriInfo uri) {
        String state = DatabaseUnavailable.sqlState(e);
        if (state == null) {
            // as quarkus-resteasy-problem's DefaultExceptionMapper answers (500, logged by its post-processors)
            return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(
                    HttpProblem.valueOf(Response.Status.INTERNAL_SERVER_ERROR), ProblemContext.of(e, uri)).toResponse();
        }
        // the state only: driver messages may quote statement parameters
        LOG.warnf("database unavailable (SQL state %s): answering 503", state);
        return Problems.serviceUnavailable("The database is unavailable; nothing was changed. Retry later.",
                RETRY_AFTER_SECONDS).toResponse();
    }
}
