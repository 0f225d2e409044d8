package se.samverkan.platform;

import java.util.Collection;

/** Which groups may start a process from Tasklist ("Starta process") or the REST API. */
public interface StartPermission {

    String processKey();

    /** Read when the access rules are set up at start-up. */
    Collection<String> groups();
}
