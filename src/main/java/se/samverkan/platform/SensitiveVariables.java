package se.samverkan.platform;

import java.util.Set;

/** Variable names a feature keeps out of the engine's history (they may live briefly at runtime). */
public interface SensitiveVariables {

    Set<String> names();

    /** The form fields meant for a personnummer; in every other free-text field one is refused. */
    default Set<String> personalNumberFields() {
        return Set.of();
    }
}
