package se.samverkan.platform.login;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

/**
 * Camunda's identity service as the login through the identity provider needs it. A webapp login writes the
 * user (name and e-mail, never a password) and the user's memberships as the provider sent them, because the
 * webapps read both from the identity service: Tasklist shows the name, Camunda checks that the user exists
 * and re-reads the groups every few minutes, and the team mails go to the group's members.
 */
class StaffDirectory {

    private final IdentityService identity;

    StaffDirectory(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
    }

    /** The ids of all Camunda groups (agencies, teams, roles): a claim can only name these. */
    Set<String> groupIds() {
        return identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
    }

    /** The user as the provider describes them now: created or updated, and in exactly these groups. */
    void provision(String userId, String firstName, String lastName, String email, List<String> groups) {
        User stored = identity.createUserQuery().userId(userId).singleResult();
        User user = stored == null ? identity.newUser(userId) : stored;
        if (stored == null || !Objects.equals(user.getFirstName(), firstName)
                || !Objects.equals(user.getLastName(), lastName) || !Objects.equals(user.getEmail(), email)) {
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            identity.saveUser(user);
        }
        Set<String> current = new HashSet<>(identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList());
        for (String group : groups) {
            if (!current.remove(group)) {
                identity.createMembership(userId, group);
            }
        }
        // What the provider no longer sends is no longer the user's.
        current.forEach(group -> identity.deleteMembership(userId, group));
    }

    /** The tenants of the user and of these groups (the bearer token's groups need not be stored memberships). */
    /**
     * A login Spring Security accepted, as Camunda's authentication: the user, the groups its claims or the
     * directory gave (already mapped to Camunda groups) and their tenants.
     */
    AuthenticationResult authenticated(org.springframework.security.core.Authentication login) {
        if (!LoginGroups.isValidUserId(login.getName())) {
            return AuthenticationResult.unsuccessful();
        }
        List<String> groups = LoginGroups.fromAuthorities(login.getAuthorities());
        AuthenticationResult result = AuthenticationResult.successful(login.getName());
        result.setGroups(new ArrayList<>(groups));
        result.setTenants(tenants(login.getName(), groups));
        return result;
    }

    List<String> tenants(String userId, List<String> groups) {
        Set<String> tenants = new LinkedHashSet<>();
        identity.createTenantQuery().userMember(userId).list().forEach(t -> tenants.add(t.getId()));
        for (String group : groups) {
            identity.createTenantQuery().groupMember(group).list().stream().map(Tenant::getId).forEach(tenants::add);
        }
        return new ArrayList<>(tenants);
    }
}
