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

    /**
     * An id the server set. Every path through the models is tested with it, so when it is missing while a
     * user completes a task, the process ended under that task a moment ago: another user completed it, or
     * a withdrawal stopped the case. {@link RefusalMapping} answers that as a lost race (409), not a 500.
     */
    public Long id(String name) {
        Object value = variables.getVariable(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new MissingId(name);
    }

    /** The route has lost an id the server set (see {@link #id}). */
    public static final class MissingId extends IllegalStateException {
        MissingId(String name) {
            super("The process has no id in " + name);
        }
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
