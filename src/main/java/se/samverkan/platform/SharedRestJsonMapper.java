package se.samverkan.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Camunda's JSON settings ({@link JacksonConfigurator#configureObjectMapper}) on one mapper for the REST API's
 * JSON and HAL answers, the media types Camunda's own resolver serves. Camunda's resolver builds a new
 * {@link ObjectMapper} on every lookup, and the API looks one up for each request body, each answer and each
 * filter query, so every call worked out its classes' (de)serializers anew: 8 % of a Tasklist list call's
 * processor time. A configured mapper is safe to share between threads, and Jackson copies the date format
 * for each use.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
final class SharedRestJsonMapper implements ContextResolver<ObjectMapper> {

    private volatile ObjectMapper mapper;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper shared = mapper;
        if (shared == null) {
            // Built on first use: Camunda's date format may be set while the servlet context starts.
            synchronized (this) {
                if (mapper == null) {
                    mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
                }
                shared = mapper;
            }
        }
        return shared;
    }
}
