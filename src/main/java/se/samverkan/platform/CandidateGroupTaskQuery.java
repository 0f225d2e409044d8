package se.samverkan.platform;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Tasklist's "Min verksamhets uppgifter" (the tasks of the user's candidate groups) with many open tasks
 * (README, "Prestandamätning"). Camunda's task query joins every open task with the user's authorizations
 * and removes the duplicates, so PostgreSQL reads all tasks for a group that has a few percent of them.
 * For a query that asks only for candidate groups (what the filter asks; paging and ordering by task
 * columns allowed), the engine runs {@code CandidateGroupTaskQuery.xml} instead: it starts from the
 * groups' identity links and checks the authorizations with {@code IN}/{@code EXISTS}, with the same
 * rows, order and authorization semantics. Every other task query, and every check the engine configures
 * differently (revoke authorizations), keeps the engine's own statement. On every database; tested
 * against the engine's statement on H2 and PostgreSQL. {@code samverkan.candidate-group-task-query.enabled=false}
 * turns it off (the benchmark's "before" run; a way back if an engine upgrade changes the task query).
 */
@Component
@ConditionalOnProperty(name = "samverkan.candidate-group-task-query.enabled", matchIfMissing = true)
public class CandidateGroupTaskQuery extends AbstractProcessEnginePlugin {

    static final String NAMESPACE = "se.samverkan.platform.CandidateGroupTaskQuery";
    static final String LIST = NAMESPACE + ".selectTaskByCandidateGroups";
    static final String COUNT = NAMESPACE + ".selectTaskCountByCandidateGroups";
    private static final String MAPPER = "se/samverkan/platform/CandidateGroupTaskQuery.xml";

    /** Fields of the task query that this statement handles itself; all others must keep their defaults. */
    private static final Set<String> HANDLED = Set.of("candidateGroups", "includeAssignedTasks",
            // Caches and post-processing after the select, not part of the SQL:
            "cachedCandidateGroups", "cachedUserGroups", "initializeFormKeys", "withCommentAttachmentInfo",
            // Only used together with variable criteria, which must be empty:
            "variableNamesIgnoreCase", "variableValuesIgnoreCase",
            // The or-queries: exactly the query itself (checked below).
            "queries");

    private static final List<Field> CRITERIA = criteria();
    private static final TaskQueryImpl DEFAULTS = new TaskQueryImpl();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.replaceSession(configuration, TaskManager.class, CandidateGroupTaskManager::new);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        EngineExtensions.addMapper(configuration, MAPPER, LIST);
    }

    /**
     * True when the configured query asks for nothing but candidate groups (and optionally assigned tasks),
     * ordered by task columns, with the engine's usual (non-revoke) authorization check.
     */
    public static boolean fits(TaskQueryImpl query) {
        for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
            if (ordering.getRelation() != null || ordering.getRelationConditions() != null) {
                return false;
            }
        }
        AuthorizationCheck authorization = query.getAuthCheck();
        if (authorization.isRevokeAuthorizationCheckEnabled()
                || !authorization.getPermissionChecks().getCompositeChecks().isEmpty()) {
            return false;
        }
        try {
            for (Field field : CRITERIA) {
                if (!Objects.deepEquals(normal(field.get(query)), normal(field.get(DEFAULTS)))) {
                    return false;
                }
            }
        } catch (IllegalAccessException e) {
            return false;
        }
        // No candidate user or single candidate group (checked above): the groups are the ones asked for.
        List<String> groups = query.getCandidateGroups();
        return groups != null && !groups.isEmpty() && query.getQueries().size() == 1
                && query.getQueries().get(0) == query;
    }

    /**
     * The statement reads {@code null}, {@code false} and an empty list or array alike (criteria are
     * tested with {@code != null and size > 0}); a query extended by a filter or built from REST sets
     * many of them to {@code false} or empty.
     */
    private static Object normal(Object value) {
        if (value == null || Boolean.FALSE.equals(value)
                || value instanceof java.util.Collection<?> c && c.isEmpty()
                || value instanceof java.util.Map<?, ?> m && m.isEmpty()
                || value instanceof Object[] a && a.length == 0) {
            return null;
        }
        return value;
    }

    private static List<Field> criteria() {
        List<Field> fields = new ArrayList<>();
        for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !HANDLED.contains(field.getName())) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return List.copyOf(fields);
    }

    /** The engine's task manager, with this statement for the queries that fit it. */
    static final class CandidateGroupTaskManager extends TaskManager {

        @Override
        public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
            configureQuery(query);
            if (!fits(query)) {
                return super.findTasksByQueryCriteria(query);
            }
            return getDbEntityManager().selectList(LIST, query);
        }

        @Override
        public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
            configureQuery(query);
            if (!fits(query)) {
                return super.findTaskCountByQueryCriteria(query);
            }
            return (Long) getDbEntityManager().selectOne(COUNT, query);
        }
    }
}
