package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.samverkan.SamverkanTestSupport;

/**
 * The groups with any authorization, read through the group index on PostgreSQL, are exactly the groups
 * the engine's own statement finds; other databases keep the engine's statement.
 */
class AuthorizedGroupIdsTest extends SamverkanTestSupport {

    private final List<String> created = new java.util.ArrayList<>();

    @AfterEach
    void removeAuthorizations() {
        created.forEach(id -> engine.getAuthorizationService().deleteAuthorization(id));
    }

    @Test
    void theGroupsWithAnAuthorizationAreTheEnginesEvenWithUserRowsAndRevokes() {
        grant(null, "agx-only-user", "task-1");
        grant("agx-group-a", null, "task-2");
        grant("agx-group-a", null, "task-3");
        grant("agx-group-b", null, "*");
        revoke("agx-group-c", "task-4");

        Set<String> ours = inCommand();
        Set<String> engines = enginesStatement();
        assertThat(ours).isEqualTo(engines).contains("agx-group-a", "agx-group-b", "agx-group-c")
                .doesNotContainNull();
        assertThat(ours).as("demo agencies have authorizations").contains("skola", "socialtjanst");

        // What the engine makes of it: the user's groups that have any authorization.
        List<String> filtered = configuration().getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().filterAuthenticatedGroupIds(List.of("agx-group-a", "agx-none")));
        assertThat(filtered).containsExactly("agx-group-a");
    }

    @Test
    void theIndexedReadIsUsedOnPostgresqlOnly() {
        Class<?> manager = configuration().getCommandExecutorTxRequired().execute(context ->
                context.getAuthorizationManager().getClass());
        if (DbSqlSessionFactory.POSTGRES.equals(configuration().getDatabaseType())) {
            assertThat(manager).isEqualTo(AuthorizedGroupIds.IndexedAuthorizationManager.class);
        } else {
            assertThat(manager).isEqualTo(AuthorizationManager.class);
        }
    }

    private Set<String> inCommand() {
        return configuration().getCommandExecutorTxRequired().execute(context ->
                new HashSet<>(context.getAuthorizationManager().filterAuthenticatedGroupIds(allGroups())));
    }

    /** Every group id in the table, so that the filter returns the whole authorized set. */
    private List<String> allGroups() {
        return engine.getAuthorizationService().createAuthorizationQuery().list().stream()
                .map(Authorization::getGroupId).filter(Objects::nonNull).distinct().toList();
    }

    private Set<String> enginesStatement() {
        return configuration().getCommandExecutorTxRequired().execute(context -> {
            List<String> rows = context.getDbEntityManager().selectList("selectAuthorizedGroupIds");
            return rows.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        });
    }

    private void grant(String group, String user, String resourceId) {
        save(Authorization.AUTH_TYPE_GRANT, group, user, resourceId);
    }

    private void revoke(String group, String resourceId) {
        save(Authorization.AUTH_TYPE_REVOKE, group, null, resourceId);
    }

    private void save(int type, String group, String user, String resourceId) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization authorization = authorizations.createNewAuthorization(type);
        authorization.setGroupId(group);
        authorization.setUserId(user);
        authorization.setResource(Resources.TASK);
        authorization.setResourceId(resourceId);
        authorization.addPermission(Permissions.READ);
        created.add(authorizations.saveAuthorization(authorization).getId());
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
