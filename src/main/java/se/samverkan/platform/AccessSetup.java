package se.samverkan.platform;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Groups and authorizations, set up idempotently at every start: the groups staff work in, which the
 * features supply ({@link StaffGroups}: one per agency and per team), plus the roles. Staff work in
 * Tasklist on their groups' tasks; supervisors and process leaders read in Cockpit; process owners
 * deploy; administrators administer (granted by the starter's admin user).
 */
@Component
public class AccessSetup {

    static final String GROUP_TYPE = "WORKFLOW";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final List<StaffGroups> staffGroupSources;
    private final List<StartPermission> startPermissions;

    public AccessSetup(ProcessEngine engine, List<StaffGroups> staffGroupSources,
            List<StartPermission> startPermissions) {
        this.identityService = engine.getIdentityService();
        this.authorizationService = engine.getAuthorizationService();
        this.staffGroupSources = staffGroupSources;
        this.startPermissions = startPermissions;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    public void setUp() {
        List<String> staffGroups = new ArrayList<>();
        for (StaffGroups source : staffGroupSources) {
            for (StaffGroups.StaffGroup group : source.groups()) {
                ensureGroup(group.id(), group.name());
                staffGroups.add(group.id());
            }
        }
        Roles.ALL.forEach(role -> ensureGroup(role, Roles.displayName(role)));
        staffGroups.add(Roles.PROCESS_LEADERS);

        for (String group : staffGroups) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // Definitions are readable, so Tasklist can show start forms and task forms.
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
            grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        for (String reader : List.of(Roles.SUPERVISORS, Roles.PROCESS_LEADERS, Roles.PROCESS_OWNERS)) {
            grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(reader, Resources.PROCESS_DEFINITION, ANY,
                    Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE, Permissions.READ_TASK);
            grant(reader, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(reader, Resources.TASK, ANY, Permissions.READ);
            grant(reader, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(reader, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        // Process owners deploy new versions from Camunda Modeler, and read like the other readers. Nothing
        // more: deleting a deployment (with its instances), suspending or changing a definition's instances
        // would change children's cases. Set exactly, so rights granted by earlier versions are taken back.
        grant(Roles.PROCESS_OWNERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        exactly(Roles.PROCESS_OWNERS, Resources.DEPLOYMENT, Permissions.CREATE, Permissions.READ);
        exactly(Roles.PROCESS_OWNERS, Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE, Permissions.READ_TASK);
        exactly(Roles.PROCESS_OWNERS, Resources.DECISION_DEFINITION, Permissions.READ, Permissions.READ_HISTORY);
        exactly(Roles.PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, Permissions.READ);

        for (StartPermission start : startPermissions) {
            for (String group : start.groups()) {
                grant(group, Resources.PROCESS_DEFINITION, start.processKey(),
                        Permissions.READ, Permissions.CREATE_INSTANCE);
            }
        }
    }

    /** A new team or agency gets its group and the staff's rights at once, not only at the next start. */
    public void ensureStaffGroup(String id, String name) {
        ensureGroup(id, name);
        grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(id, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grant(id, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        for (StartPermission start : startPermissions) {
            if (start.groups().contains(id)) {
                grant(id, Resources.PROCESS_DEFINITION, start.processKey(), Permissions.READ, Permissions.CREATE_INSTANCE);
            }
        }
    }

    private void ensureGroup(String id, String name) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
            group.setType(GROUP_TYPE);
        }
        if (!name.equals(group.getName())) {
            group.setName(name);
            identityService.saveGroup(group);
        }
    }

    /** Sets a group's permissions on every resource of a type to exactly these. */
    private void exactly(String groupId, Resource resource, Permission... permissions) {
        grant(groupId, resource, ANY, permissions);
        Authorization authorization = authorizationService.createAuthorizationQuery().resourceType(resource)
                .resourceId(ANY).authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).singleResult();
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }

    /** Grants to a group, or to everybody (a global authorization) when the group is {@code *}. */
    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        boolean global = ANY.equals(groupId);
        var query = authorizationService.createAuthorizationQuery()
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(global ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
        Authorization authorization = (global ? query.userIdIn(ANY) : query.groupIdIn(groupId)).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(global ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT);
            if (!global) {
                authorization.setGroupId(groupId);
            }
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }
}
