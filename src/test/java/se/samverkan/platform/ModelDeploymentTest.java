package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;

class ModelDeploymentTest extends SamverkanTestSupport {

    @Autowired
    ModelDeployment modelDeployment;

    @Test
    void everyStartFormAndTaskFormResolvesThroughTheRestApi() {
        RepositoryService repository = engine.getRepositoryService();
        List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().latestVersion().list();
        assertThat(definitions).isNotEmpty();
        int formsChecked = 0;
        for (ProcessDefinition definition : definitions) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() == null) {
                    continue;
                }
                ResponseEntity<Map> form = restAs("demo").getForEntity(
                        "/engine-rest/process-definition/{id}/deployed-start-form", Map.class, definition.getId());
                assertThat(form.getStatusCode()).as("start form of %s", definition.getKey()).isEqualTo(HttpStatus.OK);
                assertThat(form.getBody()).containsEntry("id", start.getCamundaFormRef());
                formsChecked++;
            }
            for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
                assertThat(userTask.getCamundaFormRef())
                        .as("%s/%s has a Camunda Form", definition.getKey(), userTask.getId()).isNotNull();
                // The variables must exist before a sub-process scope (with its timers) is entered, so the
                // instance first waits at a top-level task and then gets the task under test added.
                UserTask topLevel = model.getModelElementsByType(UserTask.class).stream()
                        .filter(t -> t.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
                        .findFirst().orElseThrow();
                ProcessInstance instance = engine.getRuntimeService()
                        .createProcessInstanceById(definition.getId())
                        .startBeforeActivity(topLevel.getId())
                        .setVariables(variablesEveryTaskNeeds())
                        .execute(true, true);
                if (!topLevel.getId().equals(userTask.getId())) {
                    engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                            .startBeforeActivity(userTask.getId()).execute(true, true);
                }
                Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                        .taskDefinitionKey(userTask.getId()).singleResult();
                ResponseEntity<Map> form = restAs("demo").getForEntity(
                        "/engine-rest/task/{id}/deployed-form", Map.class, task.getId());
                assertThat(form.getStatusCode()).as("form of %s/%s", definition.getKey(), userTask.getId())
                        .isEqualTo(HttpStatus.OK);
                assertThat(form.getBody()).containsEntry("id", userTask.getCamundaFormRef());
                engine.getRuntimeService().deleteProcessInstance(instance.getId(), "form check", true, true);
                formsChecked++;
            }
        }
        assertThat(formsChecked).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDeploymentHoldsEveryModelAndFormOfTheProcessOwnersFolders() throws IOException {
        Deployment latest = latestDeployment();
        List<String> deployed = engine.getRepositoryService().getDeploymentResourceNames(latest.getId());
        assertThat(deployed).containsExactlyInAnyOrderElementsOf(filesIn("processes", "forms"));
    }

    @Test
    void anUnchangedRedeploymentCreatesNoNewDeployment() {
        long before = deploymentCount();
        modelDeployment.deploy(engine);
        assertThat(deploymentCount()).isEqualTo(before);
    }

    @Test
    void aChangedModelIsDeployedTogetherWithEveryUnchangedForm(@TempDir Path copy) throws IOException {
        Path processes = Files.createDirectories(copy.resolve("processes"));
        Path forms = Files.createDirectories(copy.resolve("forms"));
        for (String file : filesIn("processes", "forms")) {
            Files.copy(Path.of(file), copy.resolve(file));
        }
        Path bpmn = processes.resolve("agencyContactChange.bpmn");
        Files.writeString(bpmn, Files.readString(bpmn).replace("Granska ändrad kontaktväg", "Granska ny kontaktväg"));
        ModelDeployment changed = new ModelDeployment(List.of(
                "file:" + processes + "/*.bpmn", "file:" + forms + "/*.form"));
        DeploymentWithDefinitions deployment = changed.deploy(engine);
        try {
            assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
                    .containsExactlyInAnyOrderElementsOf(filesIn("processes", "forms"));
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    /** What the models' expressions (candidate groups, due dates, timers) read, when a task is started alone. */
    private static Map<String, Object> variablesEveryTaskNeeds() {
        Date inAWeek = Date.from(Instant.now().plus(Duration.ofDays(7)));
        Map<String, Object> variables = new HashMap<>();
        variables.put("initiatingAgency", "skola");
        variables.put("coordinatingAgency", "skola");
        variables.put("invitedAgency", "socialtjanst");
        variables.put("invitedAgencies", new ArrayList<>(List.of("socialtjanst")));
        variables.put("meetingTime", inAWeek);
        variables.put("answerDeadline", inAWeek);
        variables.put("answerReminderTime", inAWeek);
        variables.put("meetingRecordDeadline", inAWeek);
        variables.put("meetingAt", inAWeek);
        variables.put("conveningGroup", "processledare");
        variables.put("initiator", "demo");
        variables.put("stepCode", "basen");
        variables.put("stepCodes", new ArrayList<>(List.of("basen")));
        variables.put("answeringAgency", "socialtjanst");
        variables.put("writtenAnswerAgencies", new ArrayList<>(List.of("socialtjanst")));
        return variables;
    }

    private Deployment latestDeployment() {
        return engine.getRepositoryService().createDeploymentQuery()
                .deploymentName(ModelDeployment.DEPLOYMENT_NAME).orderByDeploymentTime().desc().list().get(0);
    }

    private long deploymentCount() {
        return engine.getRepositoryService().createDeploymentQuery()
                .deploymentName(ModelDeployment.DEPLOYMENT_NAME).count();
    }

    /** The files of the project's own folders, named as they are deployed ("forms/x.form"). */
    private static List<String> filesIn(String... folders) throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$"))
                        .forEach(f -> names.add(folder + "/" + f.getFileName()));
            }
        }
        return names;
    }
}
