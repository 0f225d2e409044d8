package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * The floor: start → one user task → end, through the same REST calls as the cooperation case
 * (start; find the task as the user; complete it). What the engine, the REST API and authorization
 * cost at the least, so the real process can be measured against it.
 */
final class FloorRun {

    static final String KEY = "benchmarkFloor";
    static final String GROUP = "skola";
    static final String USER = "sara";

    private final EngineRest rest;
    final Samples start = new Samples();
    final Samples task = new Samples();
    long wallNanos;
    int instances;

    FloorRun(EngineRest rest) {
        this.rest = rest;
    }

    FloorRun run(int count, int workers) {
        instances = count;
        wallNanos = Workers.run(count, workers, i -> one(i));
        return this;
    }

    private void one(int i) {
        String instance = start.time(() -> rest.start(USER, KEY, Map.of()));
        task.time(() -> {
            JsonNode found = rest.findTask(USER, instance, "doWork", null);
            rest.complete(USER, found.get("id").asText(), Map.of());
            return null;
        });
    }

    /**
     * The same process through the engine's Java API in this JVM, as the same user with the same groups
     * and authorization checks: what the engine itself costs, without HTTP, JSON and the login.
     */
    FloorRun runJava(ProcessEngine engine, int count, int workers) {
        instances = count;
        IdentityService identity = engine.getIdentityService();
        wallNanos = Workers.run(count, workers, i -> {
            identity.setAuthentication(USER, List.of(GROUP));
            try {
                String instance = start.time(
                        () -> engine.getRuntimeService().startProcessInstanceByKey(KEY).getId());
                task.time(() -> {
                    Task found = engine.getTaskService().createTaskQuery().processInstanceId(instance)
                            .taskDefinitionKey("doWork").singleResult();
                    engine.getTaskService().complete(found.getId());
                    return null;
                });
            } finally {
                identity.clearAuthentication();
            }
        });
        return this;
    }

    double instancesPerSecond() {
        return instances / (wallNanos / 1e9);
    }
}
