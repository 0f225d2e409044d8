package se.samverkan.platform;

import java.util.Set;

/** Variable names a feature keeps out of the engine's history (they may live briefly at runtime). */
public interface SensitiveVariables {

    Set<String> names();
}
