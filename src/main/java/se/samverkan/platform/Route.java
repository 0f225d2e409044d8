package se.samverkan.platform;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the route a process carries: the ids, codes and dates the server set itself (what a client
 * submits is read with {@link FormData}). One typed place, so listeners need no casts.
 */
public record Route(VariableScope variables) {

    public static Route of(VariableScope variables) {
        return new Route(variables);
    }

    /** An id the server set; its absence is a fault in the model, not in what the user sent. */
    public Long id(String name) {
        Object value = variables.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("The process has no id in " + name);
    }

    /** An id that may not be set yet (an empty agenda row, for instance). */
    public Long optionalId(String name) {
        return variables.getVariable(name) == null ? null : id(name);
    }

    public String code(String name) {
        Object value = variables.getVariable(name);
        return value == null ? null : value.toString();
    }

    public int count(String name) {
        return variables.getVariable(name) instanceof Number number ? number.intValue() : 0;
    }

    public Instant instant(String name) {
        return variables.getVariable(name) instanceof Date date ? date.toInstant() : null;
    }
}
