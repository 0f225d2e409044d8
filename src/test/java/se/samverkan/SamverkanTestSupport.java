package se.samverkan;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port with the demo users, on H2 or on the PostgreSQL that
 * SPRING_DATASOURCE_URL names. All Spring tests share this one context. Metrics are on, as in
 * production (Spring Boot switches them off in tests by default).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
public abstract class SamverkanTestSupport {

    public static final String DEMO_PASSWORD = "demo";

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected ProcessEngine engine;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    /** The engine REST API as a demo user (HTTP Basic). */
    protected TestRestTemplate restAs(String user) {
        return http.withBasicAuth(user, DEMO_PASSWORD);
    }

    protected ResponseEntity<Map> postJson(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return restAs(user).exchange("/engine-rest" + path, HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);
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
