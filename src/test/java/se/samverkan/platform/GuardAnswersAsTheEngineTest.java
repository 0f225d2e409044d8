package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;

/**
 * The guard in front of the REST API asks the engine's own questions (who may complete a task, who may start
 * a process) in one query each; its answers must be the engine's, user by user.
 */
class GuardAnswersAsTheEngineTest extends SamverkanTestSupport {

    private static final List<String> USERS = List.of("sara", "linnea", "leo", "sofia", "per", "bo", "anna", "hugo",
            "lena", "olof", "cecilia");

    @Autowired
    FormContracts contracts;

    @Test
    void whoMayCompleteATaskIsTheEnginesAnswer() {
        String instance = startOk("sofia", "childCooperation", childCase());
        try {
            Task task = task(instance, "assessNeed");
            List<Boolean> answers = new ArrayList<>();
            for (String user : USERS) {
                boolean guard = contracts.forTask(task.getId(), user, groups(user)).orElseThrow().permitted();
                assertThat(guard).as(user).isEqualTo(engineLetsWork(user, task));
                answers.add(guard);
            }
            assertThat(answers).as("some may, some may not").contains(true, false);

            // A right on the process alone is enough, as it is for the engine.
            AuthorizationService authorizations = engine.getAuthorizationService();
            Authorization onProcess = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            onProcess.setUserId("per");
            onProcess.setResource(Resources.PROCESS_DEFINITION);
            onProcess.setResourceId("childCooperation");
            onProcess.addPermission(ProcessDefinitionPermissions.TASK_WORK);
            authorizations.saveAuthorization(onProcess);
            try {
                assertThat(engineLetsWork("per", task)).isTrue();
                assertThat(contracts.forTask(task.getId(), "per", groups("per")).orElseThrow().permitted()).isTrue();
            } finally {
                authorizations.deleteAuthorization(onProcess.getId());
            }
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance, "test", true, true);
        }
    }

    @Test
    void whoMayStartAProcessIsTheEnginesAnswer() {
        List<Boolean> answers = new ArrayList<>();
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
                .latestVersion().list()) {
            for (String user : USERS) {
                AuthorizationService authorizations = engine.getAuthorizationService();
                boolean engineSays = authorizations.isUserAuthorized(user, groups(user), Permissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION, definition.getKey())
                        && authorizations.isUserAuthorized(user, groups(user), Permissions.CREATE,
                                Resources.PROCESS_INSTANCE, Authorization.ANY);
                boolean guard = contracts.forStart(definition.getId(), null, null, user, groups(user)).orElseThrow()
                        .permitted();
                assertThat(guard).as(user + " " + definition.getKey()).isEqualTo(engineSays);
                answers.add(guard);
            }
        }
        assertThat(answers).as("some may, some may not").contains(true, false);
    }

    @Test
    void aStartByKeyStartsTheLatestVersionHoweverThePathIsSpelled() {
        String latest = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("childCooperation").latestVersion().singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // "%6Bey" is "key": the server decodes the path, and the guard must resolve it as the engine would.
        URI spelled = URI.create(http.getRootUri() + "/engine-rest/engine/default/process-definition/%6Bey/childCooperation/start");
        ResponseEntity<Map> started = restAs("sofia").exchange(spelled, HttpMethod.POST,
                new HttpEntity<>(childCase(), headers), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String instance = (String) started.getBody().get("id");
        try {
            assertThat(started.getBody()).containsEntry("definitionId", latest);
            assertThat(String.valueOf(started.getBody().get("links"))).contains("/engine-rest/engine/default/process-instance/" + instance);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance, "test", true, true);
        }
        // No such tenant: the engine's own answer, not the guard's.
        ResponseEntity<Map> noTenant = postJson("sofia", "/process-definition/key/childCooperation/tenant-id/annan/start",
                childCase());
        assertThat(noTenant.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void whoMayNotSubmitAFormNeverLearnsWhatIsWrongWithIt() {
        String instance = startOk("sofia", "childCooperation", childCase());
        try {
            Task task = task(instance, "assessNeed");
            String outsider = USERS.stream().filter(user -> !engineLetsWork(user, task)).findFirst().orElseThrow();
            // Wrong, and right: the same 403, from the guard and from the engine.
            for (Map<String, Object> body : List.of(variables("inteEttFalt", "x"),
                    variables("observations", "Trött.", "assessmentOutcome", "OWN_SUPPORT"))) {
                ResponseEntity<Map> refused = postJson(outsider, "/task/" + task.getId() + "/complete", body);
                assertThat(refused.getStatusCode()).as(outsider + " " + body).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody()).containsEntry("message", "Du har inte behörighet till detta.");
            }
            assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance).count())
                    .isEqualTo(1);
            // The one who may learns which field is wrong.
            ResponseEntity<Map> wrong = postJson("sofia", "/task/" + task.getId() + "/complete",
                    variables("inteEttFalt", "x"));
            assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(wrong.getBody()).containsEntry("field", "inteEttFalt");
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance, "test", true, true);
        }

        String outsider = USERS.stream().filter(user -> !engine.getAuthorizationService().isUserAuthorized(user,
                groups(user), Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, "childCooperation"))
                .findFirst().orElseThrow();
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
        for (Map<String, Object> body : List.of(variables("inteEttFalt", "x"), childCase())) {
            ResponseEntity<Map> refused = postJson(outsider, "/process-definition/key/childCooperation/start", body);
            assertThat(refused.getStatusCode()).as(outsider + " " + body).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private boolean engineLetsWork(String user, Task task) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        List<String> groups = groups(user);
        return authorizations.isUserAuthorized(user, groups, Permissions.TASK_WORK, Resources.TASK, task.getId())
                || authorizations.isUserAuthorized(user, groups, Permissions.UPDATE, Resources.TASK, task.getId())
                || authorizations.isUserAuthorized(user, groups, ProcessDefinitionPermissions.TASK_WORK,
                        Resources.PROCESS_DEFINITION, "childCooperation")
                || authorizations.isUserAuthorized(user, groups, ProcessDefinitionPermissions.UPDATE_TASK,
                        Resources.PROCESS_DEFINITION, "childCooperation");
    }

    private List<String> groups(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
    }

    private static Map<String, Object> childCase() {
        return variables("initiatingAgency", "socialtjanst", "childName", "Noah Ek", "childPersonalNumber",
                "20150314-1234", "guardian1Name", "Eva Ek", "guardian1Contact", "070-111 22 33", "noticed",
                "Oro för barnet.");
    }
}
