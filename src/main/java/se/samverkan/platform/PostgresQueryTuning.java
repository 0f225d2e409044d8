package se.samverkan.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.postgresql.PGStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes Tasklist's "Min verksamhets uppgifter" fast on PostgreSQL with many open tasks (README,
 * "Prestandamätning"). Every user task gives its candidate group a row in ACT_RU_AUTHORIZATION, and the
 * engine's task query joins those rows with {@code PERMS_ & 2 = 2}. PostgreSQL has no statistics for
 * such an expression and guesses a handful of rows where an agency has thousands, and then compares
 * every task with every authorization: the count Tasklist shows took 3 s with 100 000 open tasks.
 * <ul>
 * <li>Statistics on the permission bits the task query checks, so the planner sees the real numbers
 * and looks each task's authorization up by index.</li>
 * <li>Queries that join the user's authorizations are planned with their own values every time. The JDBC driver
 * prepares a statement on the server after five uses, and PostgreSQL's generic plan for
 * {@code PERMS_ & $4 = $5} cannot use the statistics and is the slow one again. Only those queries:
 * planning every statement ({@code plan_cache_mode = force_custom_plan}) cost a third more per task
 * completion, and planning every statement that reads ACT_RU_AUTHORIZATION still a tenth.</li>
 * <li>No JIT compilation ({@code jit = off}): with the right estimates the query's cost passes the JIT
 * threshold, and compiling it costs more (about 0.5 s) than running it (under 0.1 s).</li>
 * <li>Random reads priced as the solid-state storage databases run on today ({@code random_page_cost = 1.1}
 * instead of 4, which assumes spinning disks). The variables on Tasklist's cards are read with an
 * authorization join of five alternatives; at 4 PostgreSQL read every authorization row of the user's groups
 * and compared each card variable with all of them (157 ms with 7,700 tasks in the group), at 1.1 it looks
 * the five up by index (6 ms).</li>
 * <li>An index on a task's parent task, which the engine reads on every completion.</li>
 * <li>Covering indexes for {@link CandidateGroupTaskQuery}: the candidate links of a group
 * ({@code group_id_, type_, task_id_}) and the task authorizations of a group with the columns the check
 * reads, each read as one range without touching the table, and the authorization rows of a resource with the
 * same columns (a task's own rows, the '*' grants, a definition's key). No index by user: with one, PostgreSQL
 * combines it with the group index for the card variables' authorization join and reads every row of the
 * group for each variable (3 ms became 17 ms).</li>
 * </ul>
 * Only on PostgreSQL; H2 is left as it is.
 */
@Configuration(proxyBeanMethods = false)
public class PostgresQueryTuning {

    static final String SESSION_SETTINGS =
            "select set_config('jit', 'off', false), set_config('random_page_cost', '1.1', false)";

    /**
     * Name and definition (after "on &lt;prefix&gt;") of our indexes: the two {@link CandidateGroupTaskQuery}
     * reads, and the parent of a task, which the engine looks up for every completed task (its subtasks) and
     * which has no index of its own: with 100,000 open tasks that lookup read them all, 21–35 ms per completion.
     */
    static final String[][] INDEXES = {
        {"samverkan_task_parent", "act_ru_task (parent_task_id_)"},
        {"samverkan_ident_lnk_group_task", "act_ru_identitylink (group_id_, type_, task_id_)"},
        {"samverkan_auth_resource_check",
            "act_ru_authorization (resource_id_) include (type_, resource_type_, perms_, user_id_, group_id_)"},
        {"samverkan_auth_group_resource",
            "act_ru_authorization (group_id_, resource_type_, resource_id_) include (type_, perms_)"}};

    /** Permission bits in the task query's authorization check: READ on tasks, READ_TASK on process definitions. */
    static final int[] TASK_QUERY_PERMISSIONS = {2, 64};

    private static final Logger log = LoggerFactory.getLogger(PostgresQueryTuning.class);

    /** PostgreSQL's pool: the session settings (unless the operator set their own), authorization queries planned per call. */
    @Bean
    static BeanPostProcessor postgresConnections() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool && isPostgres(pool.getJdbcUrl())) {
                    if (pool.getConnectionInitSql() == null) {
                        pool.setConnectionInitSql(SESSION_SETTINGS);
                    }
                    return new AuthorizationQueriesPlannedPerCall(pool);
                }
                return bean;
            }
        };
    }

    /** The statistics, once the engine has created its tables. */
    @Bean
    AbstractProcessEnginePlugin authorizationStatistics() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                ProcessEngineConfigurationImpl configuration =
                        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
                if ("postgres".equals(configuration.getDatabaseType())) {
                    createStatistics(configuration);
                }
            }
        };
    }

    static boolean isPostgres(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The pool, with statements that check authorizations never prepared on the server (so never a generic plan). */
    static final class AuthorizationQueriesPlannedPerCall extends DelegatingDataSource {

        private static final String RESOURCE_ID = ".RESOURCE_ID_";

        AuthorizationQueriesPlannedPerCall(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return planningPerCall(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return planningPerCall(super.getConnection(username, password));
        }

        /**
         * A query that joins the user's authorizations to its rows: Camunda's {@code AUTH ON
         * (AUTH.RESOURCE_ID_ ...)} (aliases AUTH, AUTH1, AUTH_...) or {@link CandidateGroupTaskQuery}'s
         * {@code A.RESOURCE_ID_ = RES.ID_} / {@code = I.TASK_ID_}; its best plan depends on the user and the
         * groups. The engine's single-resource checks ({@code A.RESOURCE_ID_ = ?}) are cheap either way and keep
         * their cached plans. Plain string search: every statement the engine prepares passes here, and a
         * regular expression with a word boundary took a third of a Tasklist call's processor time.
         */
        static boolean checksAuthorizations(String sql) {
            if (!sql.contains("ACT_RU_AUTHORIZATION")) {
                return false;
            }
            for (int at = sql.indexOf(RESOURCE_ID); at >= 0; at = sql.indexOf(RESOURCE_ID, at + 1)) {
                String alias = aliasBefore(sql, at);
                if (alias.startsWith("AUTH")
                        || alias.equals("A") && comparedWithRowId(sql, at + RESOURCE_ID.length())) {
                    return true;
                }
            }
            return false;
        }

        private static String aliasBefore(String sql, int dot) {
            int start = dot;
            while (start > 0 && (Character.isLetterOrDigit(sql.charAt(start - 1)) || sql.charAt(start - 1) == '_')) {
                start--;
            }
            return sql.substring(start, dot);
        }

        /** {@code = RES.ID_} or {@code = I.TASK_ID_} after the column, spaces allowed around the sign. */
        private static boolean comparedWithRowId(String sql, int from) {
            int at = skipSpaces(sql, from);
            if (at >= sql.length() || sql.charAt(at) != '=') {
                return false;
            }
            at = skipSpaces(sql, at + 1);
            return sql.startsWith("RES.ID_", at) || sql.startsWith("I.TASK_ID_", at);
        }

        private static int skipSpaces(String sql, int at) {
            while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
                at++;
            }
            return at;
        }

        private static Connection planningPerCall(Connection connection) {
            return (Connection) Proxy.newProxyInstance(PostgresQueryTuning.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        Object result;
                        try {
                            result = method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof PreparedStatement statement && "prepareStatement".equals(method.getName())
                                && args[0] instanceof String sql && checksAuthorizations(sql)) {
                            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
                        }
                        return result;
                    });
        }
    }

    private static void createStatistics(ProcessEngineConfigurationImpl configuration) {
        String table = configuration.getDatabaseTablePrefix() + "act_ru_authorization";
        try (Connection connection = configuration.getDataSource().getConnection()) {
            boolean created = false;
            for (int bit : TASK_QUERY_PERMISSIONS) {
                String name = "act_ru_auth_perms_" + bit;
                if (!exists(connection, name)) {
                    try (Statement sql = connection.createStatement()) {
                        sql.execute("create statistics " + name + " on (perms_ & " + bit + ") from " + table);
                    }
                    created = true;
                }
            }
            for (String[] index : INDEXES) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("create index if not exists " + index[0] + " on "
                            + configuration.getDatabaseTablePrefix() + index[1]);
                }
            }
            if (created) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("analyze " + table);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // Slower Tasklist counts, not a reason to stay down (e.g. the tables belong to another role).
            log.warn("Statistics or indexes for {} could not be created; Tasklist's counts may be slow with many tasks: {}",
                    table, e.getMessage());
        }
    }

    private static boolean exists(Connection connection, String statistics) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select 1 from pg_statistic_ext where stxname = ?")) {
            query.setString(1, statistics);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }
}
