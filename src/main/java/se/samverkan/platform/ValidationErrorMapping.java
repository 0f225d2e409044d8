package se.samverkan.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine wraps an exception from a listener or delegate (ENGINE-03051) and the REST API would
 * answer 500 with the wrapped text. These mappers find our {@link FieldValidationException} in the
 * cause chain and answer 400 with the Swedish message; every other exception goes to Camunda's
 * own handler unchanged (404 stays 404).
 */
final class ValidationErrorMapping {

    private ValidationErrorMapping() {
    }

    static Response badRequest(FieldValidationException validation) {
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of(
                        "type", "ValidationError",
                        "field", validation.getField(),
                        "message", validation.getMessage()))
                .build();
    }

    /** Thrown as it is, e.g. by a start event's execution listener. */
    static class ValidationErrors implements ExceptionMapper<FieldValidationException> {

        @Override
        public Response toResponse(FieldValidationException exception) {
            return badRequest(exception);
        }
    }

    /** Wrapped by the REST resource, e.g. a task listener during task completion. */
    @Priority(1)
    static class RestExceptions implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            FieldValidationException validation = FieldValidationException.findIn(exception);
            return validation != null ? badRequest(validation) : camundaHandler.toResponse(exception);
        }
    }

    /** Wrapped by the engine. */
    @Priority(1)
    static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundaHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            FieldValidationException validation = FieldValidationException.findIn(exception);
            return validation != null ? badRequest(validation) : camundaHandler.toResponse(exception);
        }
    }
}
