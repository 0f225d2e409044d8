package se.samverkan.platform;

import java.util.List;

/**
 * Groups staff work in, kept in a feature's own tables (one group per agency, one per team).
 * {@link AccessSetup} makes each a Camunda group with the staff's rights at every start.
 */
public interface StaffGroups {

    /** A group's id (the agency's or team's code) and its name as Tasklist and Admin show it. */
    record StaffGroup(String id, String name) {
    }

    List<StaffGroup> groups();
}
