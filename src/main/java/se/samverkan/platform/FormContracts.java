package se.samverkan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheckBuilder;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the deployed form of a task or a start event and reads it as a {@link FormContract}. Deployed
 * forms never change, so a contract bound to its deployment is read once per process definition.
 */
@Component
public class FormContracts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FormContract NO_FORM = new FormContract(null, Map.of());

    private final ProcessEngine engine;
    private final List<StartFormOptions> startFormOptions;
    private final Map<String, FormContract> cache = new ConcurrentHashMap<>();

    public FormContracts(ProcessEngine engine, List<StartFormOptions> startFormOptions) {
        this.engine = engine;
        this.startFormOptions = startFormOptions;
    }

    /** The choices a feature allows in a start form's field beyond the form's own list; null when none. */
    public List<String> startOptions(String processKey, String fieldKey) {
        for (StartFormOptions options : startFormOptions) {
            List<String> values = options.values(processKey, fieldKey);
            if (values != null) {
                return values;
            }
        }
        return null;
    }

    /** A task that is open; the contract of its form, or a contract without fields if it has none. */
    public record TaskForm(Task task, FormContract contract) {
    }

    /** Empty when there is no such open task (the engine then answers as it always does). */
    public Optional<TaskForm> forTask(String taskId) {
        TaskEntity task = asEngine(() -> command(context -> openTask(context, taskId)));
        return task == null ? Optional.empty() : Optional.of(new TaskForm(task, contractOf(task)));
    }

    /**
     * The open task, its form, and whether the user may complete it, asked as the engine asks before it
     * completes a task, in one transaction and one authorization query (the guard in front of the REST API
     * asks before it tells someone what is wrong with a form).
     */
    public Optional<Checked<TaskForm>> forTask(String taskId, String userId, List<String> groups) {
        Checked<TaskEntity> found = asEngine(() -> command(context -> {
            TaskEntity task = openTask(context, taskId);
            return task == null ? null : new Checked<>(task, isAuthorized(context, userId, groups, taskWork(task)));
        }));
        if (found == null) {
            return Optional.empty();
        }
        return Optional.of(new Checked<>(new TaskForm(found.form(), contractOf(found.form())), found.permitted()));
    }

    /** The start form of a process definition, by id or (latest version) by key. */
    public Optional<ProcessDefinitionForm> forStart(String definitionId, String key, String tenantId) {
        ProcessDefinition definition = asEngine(() -> command(context -> definition(context, definitionId, key,
                tenantId)));
        return definition == null ? Optional.empty()
                : Optional.of(new ProcessDefinitionForm(definition, startContract(definition.getId())));
    }

    /**
     * The start form of a process definition, and whether the user may start it, asked as the engine asks
     * before it starts a process: CREATE_INSTANCE on the process and CREATE on process instances, in one
     * transaction and one authorization query.
     */
    public Optional<Checked<ProcessDefinitionForm>> forStart(String definitionId, String key, String tenantId,
            String userId, List<String> groups) {
        Checked<ProcessDefinition> found = asEngine(() -> command(context -> {
            ProcessDefinition definition = definition(context, definitionId, key, tenantId);
            return definition == null ? null : new Checked<>(definition, isAuthorized(context, userId, groups,
                    new PermissionCheckBuilder().conjunctive()
                            .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, definition.getKey(),
                                    Permissions.CREATE_INSTANCE)
                            .atomicCheckForResourceId(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE)
                            .build()));
        }));
        if (found == null) {
            return Optional.empty();
        }
        ProcessDefinition definition = found.form();
        return Optional.of(new Checked<>(new ProcessDefinitionForm(definition, startContract(definition.getId())),
                found.permitted()));
    }

    /** The contract of a process definition's start form (read once per definition). */
    public FormContract startContract(String definitionId) {
        return asEngine(() -> cache.computeIfAbsent("start:" + definitionId, k ->
                engine.getFormService().getStartFormData(definitionId).getCamundaFormRef() == null ? NO_FORM
                        : read(() -> engine.getFormService().getDeployedStartForm(definitionId))));
    }

    /** A form, and whether the user may submit it. */
    public record Checked<F>(F form, boolean permitted) {
    }

    public record ProcessDefinitionForm(ProcessDefinition definition, FormContract contract) {
    }

    private static TaskEntity openTask(CommandContext context, String taskId) {
        // The task by its key (the task query's dynamic statement costs more than the rest of the check).
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task != null) {
            task.initializeFormKey();
        }
        return task;
    }

    private FormContract contractOf(Task task) {
        CamundaFormRef ref = task.getCamundaFormRef();
        if (ref == null) {
            // No Camunda Form (asking for it would fail, and inside a listener mark the transaction).
            return NO_FORM;
        }
        String taskId = task.getId();
        if ("latest".equals(ref.getBinding())) {
            return asEngine(() -> read(() -> engine.getFormService().getDeployedTaskForm(taskId)));
        }
        String cacheKey = "task:" + task.getProcessDefinitionId() + ":" + task.getTaskDefinitionKey();
        return asEngine(() -> cache.computeIfAbsent(cacheKey, k -> read(() ->
                engine.getFormService().getDeployedTaskForm(taskId))));
    }

    /** By id, or the latest version by key: the statements the engine's own deployment cache runs. */
    private static ProcessDefinition definition(CommandContext context, String definitionId, String key,
            String tenantId) {
        ProcessDefinitionManager definitions = context.getProcessDefinitionManager();
        return definitionId != null ? definitions.findLatestDefinitionById(definitionId)
                : definitions.findLatestDefinitionByKeyAndTenantId(key, tenantId);
    }

    /** The engine's own check before it completes a task (AuthorizationCommandChecker.checkTaskWork). */
    private static CompositePermissionCheck taskWork(TaskEntity task) {
        if (task.getExecutionId() != null) {
            String processKey = task.getProcessDefinition().getKey();
            return new PermissionCheckBuilder().disjunctive()
                    .atomicCheckForResourceId(Resources.TASK, task.getId(), Permissions.TASK_WORK)
                    .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, processKey,
                            ProcessDefinitionPermissions.TASK_WORK)
                    .atomicCheckForResourceId(Resources.TASK, task.getId(), Permissions.UPDATE)
                    .atomicCheckForResourceId(Resources.PROCESS_DEFINITION, processKey,
                            ProcessDefinitionPermissions.UPDATE_TASK)
                    .build();
        }
        if (task.getCaseExecutionId() != null) {
            return null;
        }
        return new PermissionCheckBuilder().disjunctive()
                .atomicCheckForResourceId(Resources.TASK, task.getId(), Permissions.TASK_WORK)
                .atomicCheckForResourceId(Resources.TASK, task.getId(), Permissions.UPDATE)
                .build();
    }

    private static boolean isAuthorized(CommandContext context, String userId, List<String> groups,
            CompositePermissionCheck check) {
        return check == null || context.getAuthorizationManager().isAuthorized(userId, groups, check);
    }

    /** The values of the choices the server set for a task in a {@code valuesKey} variable. */
    public List<String> serverOptions(String taskId, String valuesKey) {
        return asEngine(() -> {
            Object options = engine.getTaskService().getVariable(taskId, valuesKey);
            if (options == null) {
                return null;
            }
            try {
                List<String> values = new ArrayList<>();
                JSON.readTree(options.toString()).forEach(option -> values.add(option.path("value").asText()));
                return values;
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static FormContract read(Supplier<InputStream> form) {
        try (InputStream in = form.get()) {
            JsonNode schema = JSON.readTree(in);
            return FormContract.parse(schema);
        } catch (BadUserRequestException noForm) {
            return NO_FORM;
        } catch (IOException e) {
            throw new IllegalStateException("A deployed form cannot be read", e);
        }
    }

    private <T> T command(Command<T> command) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(command);
    }

    /**
     * Looks up as the engine itself: the user's own rights are checked when the engine carries out the
     * request, so the answer (404, 403) stays the engine's.
     */
    private <T> T asEngine(Supplier<T> lookup) {
        IdentityService identity = engine.getIdentityService();
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
