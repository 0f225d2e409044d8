package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

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
        String instance = start.time(() -> rest.start(USER, KEY, rest.variables("n", i)));
        task.time(() -> {
            JsonNode found = rest.findTask(USER, instance, "doWork", null);
            rest.complete(USER, found.get("id").asText(), Map.of());
            return null;
        });
    }

    double instancesPerSecond() {
        return instances / (wallNanos / 1e9);
    }
}
