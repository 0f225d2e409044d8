package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;
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

class TasklistFiltersTest extends SamverkanTestSupport {

    @Autowired
    TasklistFilters filters;

    @Autowired
    AccessSetup access;

    @Test
    void restartsNeverDuplicateTheFilters() {
        access.setUp();
        filters.createFilters();
        filters.createFilters();
        for (String name : List.of(TasklistFilters.MY_AGENCY, TasklistFilters.MINE, TasklistFilters.OVERDUE)) {
            assertThat(engine.getFilterService().createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
    }

    @Test
    void everyStaffMemberSeesTheThreeFilters() {
        ResponseEntity<List> visible = restAs("sofia").getForEntity("/engine-rest/filter", List.class);
        assertThat(visible.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((List<Map<String, Object>>) visible.getBody()).stream().map(f -> f.get("name")))
                .contains(TasklistFilters.MY_AGENCY, TasklistFilters.MINE, TasklistFilters.OVERDUE);
    }

    @Test
    void theFiltersAskForTheUsersGroupsTasksAndDueDates() {
        Filter myAgency = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.MY_AGENCY).singleResult();
        Filter mine = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.MINE).singleResult();
        Filter overdue = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.OVERDUE).singleResult();
        ResponseEntity<Map> query = restAs("sofia").getForEntity("/engine-rest/filter/{id}", Map.class, myAgency.getId());
        assertThat((Map<String, Object>) query.getBody().get("query"))
                .containsEntry("candidateGroupsExpression", "${currentUserGroups()}")
                .containsEntry("includeAssignedTasks", true);
        assertThat((Map<String, Object>) restAs("sofia").getForEntity("/engine-rest/filter/{id}", Map.class,
                mine.getId()).getBody().get("query")).containsEntry("assigneeExpression", "${currentUser()}");
        assertThat((Map<String, Object>) restAs("sofia").getForEntity("/engine-rest/filter/{id}", Map.class,
                overdue.getId()).getBody().get("query")).containsEntry("dueBeforeExpression", "${now()}");
        assertThat((List<Map<String, String>>) ((Map<String, Object>) query.getBody().get("properties")).get("variables"))
                .extracting(v -> v.get("name")).contains("caseNumber", "childInitials", "meetingTimeText");
    }

    @Test
    void theCardsShowTheFeaturesVariablesInTheFeaturesOrder() {
        assertThat(filters.cardVariableNames())
                .containsExactly("caseNumber", "childInitials", "meetingTimeText", "teamCode", "municipality");
        Filter myAgency = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.MY_AGENCY).singleResult();
        assertThat((List<Map<String, String>>) myAgency.getProperties().get("variables"))
                .extracting(v -> v.get("label")).containsExactly("Ärende", "Barn", "Möte", "Team", "Kommun");
    }

    @Test
    void eachFilterListsTheTasksItPromises() {
        String instance = engine.getRuntimeService().startProcessInstanceByKey("agencyContactChange", Map.of(
                "agencyCode", "polis", "newPhone", "114 14", "reason", "Nytt växelnummer")).getId();
        try {
            Task task = engine.getTaskService().createTaskQuery()
                    .processInstanceId(instance).singleResult();
            assertThat(taskIds("lena", TasklistFilters.MY_AGENCY)).contains(task.getId());
            assertThat(taskIds("sara", TasklistFilters.MY_AGENCY)).doesNotContain(task.getId());
            assertThat(taskIds("lena", TasklistFilters.MINE)).doesNotContain(task.getId());
            assertThat(taskIds("lena", TasklistFilters.OVERDUE)).doesNotContain(task.getId());

            engine.getTaskService().claim(task.getId(), "lena");
            task = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
            task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
            engine.getTaskService().saveTask(task);
            assertThat(taskIds("lena", TasklistFilters.MINE)).contains(task.getId());
            assertThat(taskIds("lena", TasklistFilters.OVERDUE)).contains(task.getId());
            assertThat(taskIds("lena", TasklistFilters.MY_AGENCY)).contains(task.getId());
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance, "test", true, true);
        }
    }

    @Test
    void taskCardsShowTheCaseToTheAgencyButTheProcessInstanceStaysClosed() {
        ResponseEntity<Map> started = postJson("sofia", "/process-definition/key/childCooperation/start", variables(
                "initiatingAgency", "socialtjanst", "childName", "Noah Ek", "childPersonalNumber", "20150314-1234",
                "guardian1Name", "Eva Ek", "guardian1Contact", "070-111 22 33", "noticed", "Oro för barnet."));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String instance = (String) started.getBody().get("id");
        try {
            String caseNumber = (String) started.getBody().get("businessKey");
            Filter myAgency = engine.getFilterService().createFilterQuery()
                    .filterName(TasklistFilters.MY_AGENCY).singleResult();
            // What Tasklist asks for: HAL, so the filter's card variables come embedded with each task.
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
            ResponseEntity<Map> list = restAs("sofia").exchange("/engine-rest/filter/{id}/list?firstResult=0&maxResults=1000",
                    HttpMethod.POST, new HttpEntity<>("{}", headers), Map.class, myAgency.getId());
            assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
            Map<String, Object> card = ((List<Map<String, Object>>) ((Map<String, Object>) list.getBody().get("_embedded"))
                    .get("task")).stream().filter(t -> instance.equals(t.get("processInstanceId"))).findFirst().orElseThrow();
            assertThat(card).containsEntry("name", "Bedöm behov av samverkan");
            // Camunda's date format, which Tasklist reads (the API's shared JSON mapper keeps its settings).
            assertThat((String) card.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
            assertThat((String) card.get("description")).startsWith("Beskriv vad ni har sett");
            // The card's process, embedded from Camunda's HAL cache after the first read.
            String definition = (String) card.get("processDefinitionId");
            assertThat((List<Map<String, Object>>) ((Map<String, Object>) list.getBody().get("_embedded"))
                    .get("processDefinition")).anySatisfy(p -> assertThat(p).containsEntry("id", definition)
                            .containsEntry("name", "Samverkan kring barn"));
            assertThat(Hal.getInstance().getHalRelationCache(HalProcessDefinition.class).get(definition)).isNotNull();
            Map<String, Object> shown = new java.util.HashMap<>();
            ((List<Map<String, Object>>) ((Map<String, Object>) card.get("_embedded")).get("variable"))
                    .forEach(v -> shown.put((String) v.get("name"), v.get("value")));
            assertThat(shown).containsEntry("caseNumber", caseNumber).containsEntry("childInitials", "N. E.");

            // The case's own variables (the child's name among them) stay closed to staff.
            ResponseEntity<String> processVariables = restAs("sofia").getForEntity(
                    "/engine-rest/process-instance/{id}/variables", String.class, instance);
            assertThat(processVariables.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance, "test", true, true);
        }
    }

    private List<Object> taskIds(String user, String filterName) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        List<Map<String, Object>> tasks = restAs(user).getForEntity("/engine-rest/filter/{id}/list?maxResults=1000",
                List.class, filter.getId()).getBody();
        return tasks.stream().map(t -> t.get("id")).toList();
    }
}
