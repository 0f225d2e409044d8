package se.samverkan.platform;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Which groups may start a process from Tasklist ("Starta process") or the REST API. A feature declares
 * one bean per process it lets staff start, made with {@link #of}, in its {@code ...Starters} configuration.
 */
public interface StartPermission {

    String processKey();

    /** Read when the access rules are set up at start-up. */
    Collection<String> groups();

    static StartPermission of(String processKey, Supplier<Collection<String>> groups) {
        return new StartPermission() {
            @Override
            public String processKey() {
                return processKey;
            }

            @Override
            public Collection<String> groups() {
                return groups.get();
            }
        };
    }
}
