package se.samverkan.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The Camunda groups that are roles rather than agencies or teams. */
public final class Roles {

    public static final String PROCESS_LEADERS = "processledare";
    public static final String PROCESS_OWNERS = "processagare";
    public static final String SUPERVISORS = "chefer";
    public static final String ADMINISTRATORS = "camunda-admin";

    static final List<String> ALL = List.of(PROCESS_LEADERS, PROCESS_OWNERS, SUPERVISORS, ADMINISTRATORS);

    private Roles() {
    }

    /** A role group rather than an agency or team (a login's roles claim may carry only these). */
    public static boolean isRole(String groupId) {
        return ALL.contains(groupId);
    }

    /** These staff groups and the process leaders, who may do what any staff group may (as to start a process). */
    public static List<String> withProcessLeaders(Collection<String> groups) {
        List<String> all = new ArrayList<>(groups);
        all.add(PROCESS_LEADERS);
        return all;
    }

    static String displayName(String role) {
        return switch (role) {
            case PROCESS_LEADERS -> "Processledare";
            case PROCESS_OWNERS -> "Processägare";
            case SUPERVISORS -> "Chefer och uppföljning";
            case ADMINISTRATORS -> "Administratörer";
            default -> role;
        };
    }
}
