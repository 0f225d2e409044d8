package se.samverkan.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Every engine command that checks authorizations first asks which groups have any authorization at all
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}), and Tasklist's list of a filter is five
 * such commands. Tasks carry their own authorization rows (who may read and work on them), so with
 * 100,000 open tasks that DISTINCT reads 100,000 rows each time: 16–35 ms, five times per list
 * (README, "Skala"). On PostgreSQL the same set is read through the group index instead
 * ({@code AuthorizedGroupIds.xml}); other databases keep the engine's statement.
 */
@Component
public class AuthorizedGroupIds extends AbstractProcessEnginePlugin {

    static final String STATEMENT = "se.samverkan.platform.AuthorizedGroupIds.selectGroupsWithAuthorizations";
    private static final String MAPPER = "se/samverkan/platform/AuthorizedGroupIds.xml";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // The database type is known once the engine is built, long before the first session.
        EngineExtensions.replaceSession(configuration, AuthorizationManager.class,
                () -> DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())
                        ? new IndexedAuthorizationManager() : new AuthorizationManager());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addMapper(configuration, MAPPER, STATEMENT);
    }

    /** The engine's manager; only the set of authorized groups is read differently (once per command, as before). */
    static final class IndexedAuthorizationManager extends AuthorizationManager {

        @Override
        protected Set<String> getAllGroups() {
            if (availableAuthorizedGroupIds == null) {
                List<String> rows = getDbEntityManager().selectList(STATEMENT);
                availableAuthorizedGroupIds = new HashSet<>(rows);
            }
            return availableAuthorizedGroupIds;
        }
    }
}
