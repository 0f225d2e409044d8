package se.samverkan.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created or brought up to date at every start (never duplicated).
 * They are readable by everyone; what each user sees in them is still limited by task authorizations.
 */
@Component
public class TasklistFilters {

    public static final String MY_AGENCY = "Min verksamhets uppgifter";
    public static final String MINE = "Mina uppgifter";
    public static final String OVERDUE = "Förfallna";

    /** Shown on every task card, so staff tell tasks apart without opening them. */
    private final List<Map<String, String>> cardVariables;
    private final FilterService filterService;
    private final TaskService taskService;
    private final AccessSetup access;

    public TasklistFilters(ProcessEngine engine, AccessSetup access, List<CardVariables> cardVariables) {
        this.filterService = engine.getFilterService();
        this.taskService = engine.getTaskService();
        this.access = access;
        this.cardVariables = CardVariables.all(cardVariables).stream()
                .map(v -> Map.of("name", v.name(), "label", v.label())).toList();
    }

    /** The variables every task card shows; {@link TaskCardVariables} makes them readable by staff. */
    public List<String> cardVariableNames() {
        return cardVariables.stream().map(v -> v.get("name")).toList();
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(3)
    public void createFilters() {
        save(MY_AGENCY, -10, "Uppgifter som någon i dina grupper kan ta",
                taskService.createTaskQuery()
                        .taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        save(MINE, -5, "Uppgifter som är tilldelade dig",
                taskService.createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}"));
        save(OVERDUE, 0, "Uppgifter vars förfallodatum har passerat",
                taskService.createTaskQuery()
                        .dueBeforeExpression("${now()}"));
    }

    private void save(String name, int priority, String description, TaskQuery query) {
        List<Filter> existing = filterService.createTaskFilterQuery().filterName(name).list();
        Filter filter = existing.isEmpty() ? filterService.newTaskFilter(name) : existing.get(0);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", cardVariables);
        filter.setQuery(query);
        filter.setProperties(properties);
        filterService.saveFilter(filter);
        access.grant(Authorization.ANY,
                Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
