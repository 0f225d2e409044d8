package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The whole application on a random port with the demo users, on H2 or on the PostgreSQL that
 * SPRING_DATASOURCE_URL names. All Spring tests share this one context. Metrics are on, as in
 * production (Spring Boot switches them off in tests by default).
 *
 * <p>It is also the tests' one process driver: start a process, find a task, complete it through the REST API
 * as a user, run a due job and read the process instance, as Tasklist and the job executor would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
public abstract class SamverkanTestSupport {

    public static final String DEMO_PASSWORD = "demo";

    /** GreenMail's port; another value (-Dsamverkan.test.mail-port=…) lets two checkouts run their tests at once. */
    public static final int MAIL_PORT = Integer.getInteger("samverkan.test.mail-port", 3025);

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected ProcessEngine engine;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    /** The engine REST API as a demo user (HTTP Basic). */
    /** A webapp login as the browser makes it: the cookies of the app's page (with its CSRF token), and the answer. */
    protected record WebappLogin(HttpHeaders pageCookies, ResponseEntity<String> response) {
    }

    /** Opens the webapp's page for its CSRF cookie, then logs in with the webapp's own form; asserts 200. */
    protected WebappLogin webappLogin(String app, String user) {
        HttpHeaders cookies = new HttpHeaders();
        String token = null;
        for (String cookie : http.getForEntity("/camunda/app/" + app + "/default/", String.class).getHeaders()
                .get(HttpHeaders.SET_COOKIE)) {
            String pair = cookie.split(";")[0];
            cookies.add(HttpHeaders.COOKIE, pair);
            token = pair.startsWith("XSRF-TOKEN=") ? pair.substring("XSRF-TOKEN=".length()) : token;
        }
        HttpHeaders form = new HttpHeaders();
        form.addAll(cookies);
        form.set("X-XSRF-TOKEN", token);
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
        credentials.add("username", user);
        credentials.add("password", DEMO_PASSWORD);
        ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(credentials, form), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new WebappLogin(cookies, login);
    }

    protected TestRestTemplate restAs(String user) {
        return http.withBasicAuth(user, DEMO_PASSWORD);
    }

    /** A POST with a JSON body to the engine REST API (path below /engine-rest) as the user. */
    protected ResponseEntity<Map> postJson(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    /** Any call with a JSON body (or none) to the engine REST API (path below /engine-rest) as the user. */
    protected ResponseEntity<Map> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return restAs(user).exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), Map.class);
    }

    // --- process driver ---------------------------------------------------------------------------------

    /** Starts the latest version of the process as the user; asserts 200 and returns the instance id. */
    protected String startOk(String user, String processKey, Map<String, Object> body) {
        ResponseEntity<Map> started = postJson(user, "/process-definition/key/" + processKey + "/start", body);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("id");
    }

    /** The one open task with this key in the process instance; asserts there is exactly one. */
    protected Task task(String processInstanceId, String taskKey) {
        List<Task> tasks = tasks(processInstanceId, taskKey);
        assertThat(tasks).as("open tasks " + taskKey).hasSize(1);
        return tasks.get(0);
    }

    /** All open tasks with this key in the process instance (none, one or many). */
    protected List<Task> tasks(String processInstanceId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey).list();
    }

    /** Completes the task through the REST API as the user, as Tasklist does; returns the response unchecked. */
    protected ResponseEntity<Map> complete(String user, Task task, Object... variables) {
        return postJson(user, "/task/" + task.getId() + "/complete", variables(variables));
    }

    /** Completes the one open task with this key (see {@link #task}) as the user; returns the response unchecked. */
    protected ResponseEntity<Map> complete(String user, String processInstanceId, String taskKey, Object... variables) {
        return complete(user, task(processInstanceId, taskKey), variables);
    }

    /** Completes the task as the user and asserts 204 No Content. */
    protected void completeOk(String user, Task task, Object... variables) {
        ResponseEntity<Map> response = complete(user, task, variables);
        assertThat(response.getStatusCode()).as(task.getTaskDefinitionKey() + ": " + response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Completes the one open task with this key (see {@link #task}) as the user and asserts 204 No Content. */
    protected void completeOk(String user, String processInstanceId, String taskKey, Object... variables) {
        completeOk(user, task(processInstanceId, taskKey), variables);
    }

    /** Runs the one job waiting at the activity (a timer or an asynchronous step) now; asserts there is one. */
    protected void runJob(String processInstanceId, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        engine.getManagementService().executeJob(job.getId());
    }

    /**
     * Runs every job waiting at the activity now (a multi-instance step has several); asserts there is at least
     * one.
     */
    protected void runJobs(String processInstanceId, String activityId) {
        List<Job> jobs = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                .activityId(activityId).list();
        assertThat(jobs).as("jobs at " + activityId).isNotEmpty();
        jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    /** The running process instance, or null once it has ended. */
    protected ProcessInstance instance(String processInstanceId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
    }

    /** The process instance's business key (the case number), from history: also once it has ended. */
    protected String businessKey(String processInstanceId) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getBusinessKey();
    }

    /** Variables in the REST API's form: {"name": {"value": ...}}; see {@link #json}. */
    protected static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            variables.put((String) namesAndValues[i], value instanceof JsonVariable json
                    ? Map.of("value", json.text(), "type", "Json") : java.util.Collections.singletonMap("value", value));
        }
        return Map.of("variables", variables);
    }

    /** A Json variable, as Tasklist submits checklists and dynamic lists. */
    protected static JsonVariable json(Object value) {
        try {
            return new JsonVariable(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    protected record JsonVariable(String text) {
    }
}
