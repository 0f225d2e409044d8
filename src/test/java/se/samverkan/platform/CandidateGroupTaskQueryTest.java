package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samverkan.SamverkanTestSupport;

/**
 * The task query of "Min verksamhets uppgifter" (CandidateGroupTaskQuery.xml) returns exactly what the
 * engine's own statement returns: same tasks, same order, same count, for users who see tasks through their
 * group's task authorization, a user's own grant, a '*' grant, a process definition's READ_TASK, or not at
 * all; with and without assigned tasks; paged. On H2 and on PostgreSQL (CI).
 */
class CandidateGroupTaskQueryTest extends SamverkanTestSupport {

    private static final String ENGINE_LIST = "selectTaskByQueryCriteria";
    private static final String ENGINE_COUNT = "selectTaskCountByQueryCriteria";

    private final List<Deployment> deployments = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private TaskService tasks;
    private IdentityService identity;
    private AuthorizationService authorizationService;

    @BeforeEach
    void openTasks() {
        tasks = engine.getTaskService();
        identity = engine.getIdentityService();
        authorizationService = engine.getAuthorizationService();
        deployments.add(deploy("candidateQueryA", null));
        deployments.add(deploy("candidateQueryB", null));
        // A tenant's process, whose tasks only its members see, and whose definition names a candidate starter
        // group (an identity link of type 'candidate' without a task).
        deployments.add(deploy("candidateQueryT", "qa-tenant"));
        long time = ClockUtil.getCurrentTime().getTime();
        try {
            // Distinct creation times, so the engine's and our order by creation time are both exact.
            String[][] started = {
                {"candidateQueryA", "qa-a"}, {"candidateQueryA", "qa-a"}, {"candidateQueryB", "qa-a"},
                {"candidateQueryA", "qa-b"}, {"candidateQueryB", "qa-b"}, {"candidateQueryA", "qa-c"},
                {"candidateQueryB", "qa-e"}, {"candidateQueryA", "qa-e"}, {"candidateQueryA", "qa-f"},
                {"candidateQueryA", "qa-f"}, {"candidateQueryB", "qa-a"}, {"candidateQueryA", "qa-b"},
                {"candidateQueryT", "qa-a"}};
            for (int i = 0; i < started.length; i++) {
                ClockUtil.setCurrentTime(new Date(time + 1000L * (i + 1)));
                engine.getRuntimeService().createProcessInstanceByKey(started[i][0])
                        .setVariables(Map.of("group", started[i][1])).execute();
            }
        } finally {
            ClockUtil.reset();
        }
        // qa-a's second newest task is assigned (includeAssignedTasks decides whether it is listed).
        Task assigned = tasks.createTaskQuery().taskCandidateGroup("qa-a").orderByTaskCreateTime().desc().list().get(1);
        tasks.setAssignee(assigned.getId(), "someone");
        // One of qa-b's tasks names qa-c too: a user of both groups sees and counts it once.
        String shared = tasks.createTaskQuery().taskCandidateGroup("qa-b").orderByTaskCreateTime().asc().list().get(0)
                .getId();
        tasks.addCandidateGroup(shared, "qa-c");
        // qa-e and qa-f lose their tasks' group authorizations: they see them only through other grants.
        for (String group : List.of("qa-e", "qa-f")) {
            for (Task task : tasks.createTaskQuery().taskCandidateGroup(group).list()) {
                authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
                        .groupIdIn(group).list().forEach(a -> authorizationService.deleteAuthorization(a.getId()));
            }
        }
        grant(a -> a.setGroupId("qa-c"), Resources.TASK, Authorization.ANY, Permissions.READ);
        grant(a -> a.setGroupId("qa-e"), Resources.PROCESS_DEFINITION, "candidateQueryB",
                org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK);
        String ownTask = tasks.createTaskQuery().taskCandidateGroup("qa-f").orderByTaskCreateTime().asc().list()
                .get(0).getId();
        grant(a -> a.setUserId("u-own"), Resources.TASK, ownTask, Permissions.READ);
    }

    @AfterEach
    void removeTasks() {
        identity.clearAuthentication();
        authorizations.forEach(authorizationService::deleteAuthorization);
        deployments.forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    @Test
    void sameTasksOrderAndCountAsTheEngineForEveryKindOfGrant() {
        Map<String, List<String>> users = Map.of(
                "u-group", List.of("qa-a"),
                "u-two", List.of("qa-b", "qa-c"),
                "u-star", List.of("qa-c", "qa-a", "qa-f"),
                "u-definition", List.of("qa-e"),
                "u-own", List.of("qa-f"),
                "u-none", List.of("qa-x"),
                "u-partly", List.of("qa-f", "qa-b"),
                "u-tenant", List.of("qa-a"));
        int compared = 0;
        for (Map.Entry<String, List<String>> user : users.entrySet()) {
            for (List<String> candidates : List.of(List.of("qa-a"), List.of("qa-a", "qa-b", "qa-c", "qa-e", "qa-f"),
                    user.getValue())) {
                for (boolean assignedToo : List.of(true, false)) {
                    compared += compare(user.getKey(), user.getValue(), q -> {
                        q.taskCandidateGroupIn(candidates);
                        if (assignedToo) {
                            q.includeAssignedTasks();
                        }
                    });
                }
            }
            compared += compare(user.getKey(), user.getValue(), q -> {
                q.taskCandidateGroupIn(user.getValue()).includeAssignedTasks();
                q.orderByTaskCreateTime().desc();
            }, 1, 2);
            compared += compare(user.getKey(), user.getValue(), q -> {
                q.taskCandidateGroupIn(user.getValue()).includeAssignedTasks();
                q.orderByTaskPriority().asc().orderByTaskCreateTime().asc();
            }, 0, 15);
        }
        // The comparison means something: the users see different, non-empty sets of tasks.
        assertThat(visible("u-group", List.of("qa-a"))).hasSize(4);
        assertThat(visible("u-two", List.of("qa-b", "qa-c"))).hasSize(4);
        assertThat(visible("u-definition", List.of("qa-e"))).hasSize(1);
        assertThat(visible("u-own", List.of("qa-f"))).hasSize(1);
        assertThat(visible("u-none", List.of("qa-x"))).isEmpty();
        assertThat(visible("u-tenant", List.of("qa-a"))).hasSize(5);
        assertThat(compared).isPositive();
    }

    @Test
    void theFilterMyAgencyUsesItAndListsWhatTheEngineLists() {
        Filter filter = engine.getFilterService().createTaskFilterQuery().filterName(TasklistFilters.MY_AGENCY)
                .singleResult();
        for (Map.Entry<String, List<String>> user : Map.of("u-star", List.of("qa-c", "qa-a", "qa-f"),
                "u-definition", List.of("qa-e"), "u-tenant", List.of("qa-a")).entrySet()) {
            authenticate(user.getKey(), user.getValue());
            try {
                org.camunda.bpm.engine.task.TaskQuery sorted = tasks.createTaskQuery().orderByTaskCreateTime().desc();
                List<Task> page = engine.getFilterService().list(filter.getId(), sorted);
                List<String> listed = page.stream().map(Task::getId).toList();
                long counted = engine.getFilterService().count(filter.getId());
                List<String> byEngine = engineIds(user.getKey(), user.getValue(), q -> {
                    q.taskCandidateGroupIn(user.getValue()).includeAssignedTasks();
                    q.orderByTaskCreateTime().desc();
                });
                assertThat(listed).isNotEmpty().containsExactlyElementsOf(byEngine);
                assertThat(counted).isEqualTo(byEngine.size());
            } finally {
                identity.clearAuthentication();
            }
        }
    }

    @Test
    void fitsOnlyCandidateGroupQueriesOrderedByTaskColumns() {
        record Case(String name, Consumer<TaskQueryImpl> query, boolean fits) {}
        List<Case> cases = List.of(
                new Case("candidate groups", q -> q.taskCandidateGroupIn(List.of("a")), true),
                new Case("and assigned", q -> q.taskCandidateGroupIn(List.of("a")).includeAssignedTasks(), true),
                new Case("ordered", q -> q.taskCandidateGroupIn(List.of("a")).orderByTaskCreateTime().desc(), true),
                new Case("no criteria", q -> {}, false),
                new Case("one candidate group", q -> q.taskCandidateGroup("a"), false),
                new Case("candidate user", q -> q.taskCandidateUser("u"), false),
                new Case("and a name", q -> q.taskCandidateGroupIn(List.of("a")).taskName("x"), false),
                new Case("and suspended", q -> q.taskCandidateGroupIn(List.of("a")).suspended(), false),
                new Case("and a tenant", q -> q.taskCandidateGroupIn(List.of("a")).tenantIdIn("t"), false),
                new Case("and a variable", q -> q.taskCandidateGroupIn(List.of("a")).processVariableValueEquals("v", 1),
                        false),
                new Case("ordered by a variable", q -> q.taskCandidateGroupIn(List.of("a"))
                        .orderByProcessVariable("v", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc(), false),
                new Case("or-query", q -> q.taskCandidateGroupIn(List.of("a")).or().taskName("x").endOr(), false),
                new Case("and a business key", q -> q.taskCandidateGroupIn(List.of("a")).processInstanceBusinessKey("b"),
                        false));
        for (Case c : cases) {
            TaskQueryImpl query = new TaskQueryImpl();
            c.query().accept(query);
            assertThat(CandidateGroupTaskQuery.fits(query)).as(c.name()).isEqualTo(c.fits());
        }
        // As a filter's query extended by Tasklist's sorting (FilterService.list(id, query), the REST list).
        TaskQueryImpl saved = new TaskQueryImpl();
        saved.taskCandidateGroupIn(List.of("a")).includeAssignedTasks();
        TaskQueryImpl sorting = new TaskQueryImpl();
        sorting.orderByTaskCreateTime().desc();
        assertThat(CandidateGroupTaskQuery.fits((TaskQueryImpl) saved.extend(sorting))).as("extended").isTrue();
        TaskQueryImpl named = new TaskQueryImpl();
        named.taskNameLike("x%");
        assertThat(CandidateGroupTaskQuery.fits((TaskQueryImpl) saved.extend(named))).as("extended by a name").isFalse();
    }

    /** Runs the engine's statement and ours on the same configured query; asserts the same ids and count. */
    private int compare(String user, List<String> groups, Consumer<TaskQueryImpl> criteria) {
        return compare(user, groups, criteria, 0, Integer.MAX_VALUE);
    }

    private int compare(String user, List<String> groups, Consumer<TaskQueryImpl> criteria, int first, int max) {
        authenticate(user, groups);
        try {
            return commandExecutor().execute(context -> {
                TaskQueryImpl query = configured(context, criteria);
                query.setFirstResult(first);
                query.setMaxResults(max);
                assertThat(CandidateGroupTaskQuery.fits(query)).isTrue();
                List<String> engineIds = ids(context.getDbEntityManager().selectList(ENGINE_LIST, query));
                List<String> ourIds = ids(context.getDbEntityManager().selectList(CandidateGroupTaskQuery.LIST, query));
                assertThat(ourIds).as(user + " " + groups).containsExactlyElementsOf(engineIds);
                assertThat(context.getDbEntityManager().selectOne(CandidateGroupTaskQuery.COUNT, query))
                        .as(user + " count").isEqualTo(context.getDbEntityManager().selectOne(ENGINE_COUNT, query));
                return 1;
            });
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> visible(String user, List<String> groups) {
        return engineIds(user, groups, q -> q.taskCandidateGroupIn(groups).includeAssignedTasks());
    }

    private List<String> engineIds(String user, List<String> groups, Consumer<TaskQueryImpl> criteria) {
        authenticate(user, groups);
        try {
            return commandExecutor().execute(context -> {
                TaskQueryImpl query = configured(context, criteria);
                query.setFirstResult(0);
                query.setMaxResults(Integer.MAX_VALUE);
                return ids(context.getDbEntityManager().selectList(ENGINE_LIST, query));
            });
        } finally {
            identity.clearAuthentication();
        }
    }

    /** u-tenant is the one member of the tenant qa-tenant. */
    private void authenticate(String user, List<String> groups) {
        identity.setAuthentication(user, groups, "u-tenant".equals(user) ? List.of("qa-tenant") : List.of());
    }

    /** The query as the engine's task manager configures it (authorization and tenant checks). */
    private static TaskQueryImpl configured(CommandContext context, Consumer<TaskQueryImpl> criteria) {
        TaskQueryImpl query = new TaskQueryImpl();
        criteria.accept(query);
        context.getAuthorizationManager().configureTaskQuery(query);
        context.getTenantManager().configureQuery(query);
        return query;
    }

    private static List<String> ids(List<?> found) {
        return found.stream().map(t -> ((Task) t).getId()).toList();
    }

    private org.camunda.bpm.engine.impl.interceptor.CommandExecutor commandExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }

    private void grant(Consumer<Authorization> who, Resources resource, String resourceId,
            org.camunda.bpm.engine.authorization.Permission permission) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        who.accept(authorization);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.add(authorizationService.saveAuthorization(authorization).getId());
    }

    private Deployment deploy(String key, String tenant) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("${group}").endEvent().done();
        model.<org.camunda.bpm.model.bpmn.instance.Process>getModelElementById(key)
                .setCamundaCandidateStarterGroups("qa-a,qa-b");
        return engine.getRepositoryService().createDeployment().tenantId(tenant).addModelInstance(key + ".bpmn", model)
                .deploy();
    }
}
