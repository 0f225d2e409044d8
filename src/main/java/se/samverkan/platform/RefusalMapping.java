package se.samverkan.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Configurable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * How the engine's REST APIs (the one integrations call and the one the webapps call) answer when a
 * request is refused. The engine wraps an exception from a listener (ENGINE-03051) and would answer 500
 * with the wrapped text; here a rule of ours becomes 400 with its Swedish message, a request that lost a
 * race 409, a missing right 403 without naming the resource, and any other failure a 500 that says
 * nothing about classes, SQL or tables. Everything else is Camunda's own answer (404 stays 404).
 */
final class RefusalMapping {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalMapping.class);

    private RefusalMapping() {
    }

    static void registerIn(Configurable<?> application) {
        application.register(FieldValidations.class);
        application.register(RestExceptions.class);
        application.register(EngineExceptions.class);
        application.register(OtherExceptions.class);
    }

    static Response toResponse(Throwable error, Supplier<Response> camunda) {
        FieldValidationException validation = FieldValidationException.findIn(error);
        if (validation != null) {
            // One line, without the submitted values.
            LOG.warn("Refused by a rule: field {}", validation.getField());
            return answer(Response.Status.BAD_REQUEST, "ValidationError", validation.getField(), validation.getMessage());
        }
        if (causedBy(error, OptimisticLockingException.class) || causedBy(error, ConcurrencyFailureException.class)
                || lostARace(error)) {
            LOG.warn("Refused a request that lost a race with another: {}", error.getClass().getSimpleName());
            return answer(Response.Status.CONFLICT, "Conflict", null,
                    "Någon annan har just ändrat detta. Ladda om sidan och försök igen.");
        }
        if (causedBy(error, TaskAlreadyClaimedException.class)) {
            LOG.warn("Refused a claim of a task someone else holds");
            return answer(Response.Status.CONFLICT, "Conflict", "task",
                    "Någon annan har redan tagit uppgiften. Ladda om sidan.");
        }
        if (causedBy(error, AuthorizationException.class)) {
            LOG.warn("Refused by an authorization check");
            return answer(Response.Status.FORBIDDEN, "Forbidden", null, "Du har inte behörighet till detta.");
        }
        Response response = camunda.get();
        if (response.getStatus() >= 500) {
            LOG.error("Request failed", error);
            return answer(Response.Status.INTERNAL_SERVER_ERROR, "ServerError", null,
                    "Ett tekniskt fel inträffade. Försök igen om en stund; kvarstår felet, kontakta förvaltningen.");
        }
        return response;
    }

    private static Response answer(Response.Status status, String type, String field, String message) {
        Map<String, String> body = field == null ? Map.of("type", type, "message", message)
                : Map.of("type", type, "field", field, "message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * Two clients completing one task (or withdrawing one consent): the one that comes second finds the task,
     * its execution, the route's ids or the message subscription gone while it works. That is the same lost
     * race as an optimistic locking failure.
     */
    private static boolean lostARace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof Route.MissingId
                    || (cause instanceof NullValueException && message.contains("Cannot find task"))
                    || message.contains("list of executions is empty")
                    // A message correlated a moment after another one ended what it was waiting for.
                    || message.contains("does not have a subscription to a message event")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Thrown as it is, e.g. by a start event's execution listener. */
    @Priority(1)
    static class FieldValidations implements ExceptionMapper<FieldValidationException> {

        @Override
        public Response toResponse(FieldValidationException exception) {
            return RefusalMapping.toResponse(exception, () -> null);
        }
    }

    /** Wrapped by the REST resource, e.g. a task listener during task completion. */
    @Priority(1)
    static class RestExceptions implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return RefusalMapping.toResponse(exception, () -> camunda.toResponse(exception));
        }
    }

    /** Wrapped by the engine. */
    @Priority(1)
    static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return RefusalMapping.toResponse(exception, () -> camunda.toResponse(exception));
        }
    }

    /** Anything else, e.g. a database error when the transaction commits. */
    @Priority(1)
    static class OtherExceptions implements ExceptionMapper<Throwable> {

        private final ExceptionHandler camunda = new ExceptionHandler();

        @Override
        public Response toResponse(Throwable exception) {
            return RefusalMapping.toResponse(exception, () -> camunda.toResponse(exception));
        }
    }
}
