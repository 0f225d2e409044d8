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
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
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

    /** As the engine decides before it completes a task: TASK_WORK (or UPDATE) on the task or its process. */
    public boolean mayWork(String userId, List<String> groups, Task task) {
        return asEngine(() -> inOneCommand(() -> {
            AuthorizationService authorizations = engine.getAuthorizationService();
            String processKey = engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
            return authorizations.isUserAuthorized(userId, groups, Permissions.TASK_WORK, Resources.TASK, task.getId())
                    || authorizations.isUserAuthorized(userId, groups, Permissions.UPDATE, Resources.TASK, task.getId())
                    || authorizations.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.TASK_WORK,
                            Resources.PROCESS_DEFINITION, processKey)
                    || authorizations.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.UPDATE_TASK,
                            Resources.PROCESS_DEFINITION, processKey);
        }));
    }

    /** As the engine decides before it starts a process: CREATE_INSTANCE on it and CREATE on instances. */
    public boolean mayStart(String userId, List<String> groups, String processKey) {
        return asEngine(() -> inOneCommand(() -> {
            AuthorizationService authorizations = engine.getAuthorizationService();
            return authorizations.isUserAuthorized(userId, groups, Permissions.CREATE_INSTANCE,
                    Resources.PROCESS_DEFINITION, processKey)
                    && authorizations.isUserAuthorized(userId, groups, Permissions.CREATE, Resources.PROCESS_INSTANCE,
                            org.camunda.bpm.engine.authorization.Authorization.ANY);
        }));
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
        // The task by its key (the task query's dynamic statement costs more than the rest of the check).
        Task task = asEngine(() -> command(context -> {
            TaskEntity found = context.getTaskManager().findTaskById(taskId);
            if (found != null) {
                found.initializeFormKey();
            }
            return found;
        }));
        if (task == null) {
            return Optional.empty();
        }
        CamundaFormRef ref = task.getCamundaFormRef();
        if (ref == null) {
            // No Camunda Form (asking for it would fail, and inside a listener mark the transaction).
            return Optional.of(new TaskForm(task, NO_FORM));
        }
        boolean fixed = !"latest".equals(ref.getBinding());
        String cacheKey = "task:" + task.getProcessDefinitionId() + ":" + task.getTaskDefinitionKey();
        FormContract contract = asEngine(() -> fixed ? cache.computeIfAbsent(cacheKey, k -> read(() ->
                engine.getFormService().getDeployedTaskForm(taskId))) : read(() ->
                engine.getFormService().getDeployedTaskForm(taskId)));
        return Optional.of(new TaskForm(task, contract));
    }

    /** The start form of a process definition, by id or (latest version) by key. */
    public Optional<ProcessDefinitionForm> forStart(String definitionId, String key, String tenantId) {
        return asEngine(() -> {
            ProcessDefinition definition;
            if (definitionId != null) {
                definition = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionId(definitionId).singleResult();
            } else {
                var query = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                        .latestVersion();
                definition = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId)).singleResult();
            }
            if (definition == null) {
                return Optional.empty();
            }
            FormContract contract = cache.computeIfAbsent("start:" + definition.getId(), k ->
                    engine.getFormService().getStartFormData(definition.getId()).getCamundaFormRef() == null ? NO_FORM
                            : read(() -> engine.getFormService().getDeployedStartForm(definition.getId())));
            return Optional.of(new ProcessDefinitionForm(definition, contract));
        });
    }

    public record ProcessDefinitionForm(ProcessDefinition definition, FormContract contract) {
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

    /**
     * Checks that ask the engine several questions, in one command: one transaction, not one per question.
     * Only for calls that do not fail (a failing call inside would mark the whole transaction for rollback).
     */
    private <T> T inOneCommand(Supplier<T> checks) {
        return command(context -> checks.get());
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
