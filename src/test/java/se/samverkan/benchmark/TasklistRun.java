package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tasklist's "Min verksamhets uppgifter" with many open tasks: the harness starts instances of a
 * process with one open task per agency group (with the variables the task cards show) through the
 * Java API in batches, then calls exactly what Tasklist calls, as staff of a few agencies.
 */
final class TasklistRun {

    static final String KEY = "benchmarkOpenTask";
    /** The 13 agency groups of the demo reference data. */
    static final List<String> AGENCIES = List.of("forskola", "skola", "elevhalsa", "bhv", "familjecentral",
            "familjehalsan", "socialtjanst", "polis", "vardcentral", "ungdomsmottagning", "bup", "hab", "barnklinik");
    /** Staff of three agencies: a municipal one, social services and specialist care. */
    static final Map<String, String> USERS = Map.of("sara", "skola", "sofia", "socialtjanst", "bo", "bup");
    /** What Tasklist sends: the newest first. */
    static final Map<String, Object> SORTING = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));

    private final RuntimeService runtime;
    private final TransactionTemplate transaction;
    private final EngineRest rest;

    TasklistRun(ProcessEngine engine, PlatformTransactionManager transactions, EngineRest rest) {
        this.runtime = engine.getRuntimeService();
        this.transaction = new TransactionTemplate(transactions);
        this.rest = rest;
    }

    /** Starts this many instances, a batch per transaction, on a few threads; returns the wall time in ns. */
    long createTasks(int count, int threads, int batch) {
        int batches = (count + batch - 1) / batch;
        return Workers.run(batches, threads, b -> transaction.executeWithoutResult(status -> {
            for (int i = b * batch; i < Math.min(count, (b + 1) * batch); i++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("agency", AGENCIES.get(i % AGENCIES.size()));
                variables.put("caseNumber", String.format("SB-2025-%05d", i));
                variables.put("childInitials", (char) ('A' + i % 26) + ". " + (char) ('A' + (i / 26) % 26) + ".");
                variables.put("meetingTimeText", "tisdag " + (1 + i % 28) + " oktober kl. 10.00");
                runtime.startProcessInstanceByKey(KEY, "bench-" + i, variables);
            }
        }));
    }

    /** The filter's page of 15 tasks with their card variables (HAL), as Tasklist's list. */
    JsonNode list(String user, String filterId) {
        return rest.post(user, "/filter/" + filterId + "/list?firstResult=0&maxResults=15", SORTING, EngineRest.HAL_JSON);
    }

    /** The count Tasklist shows beside the filter. */
    long count(String user, String filterId) {
        return rest.post(user, "/filter/" + filterId + "/count", Map.of()).get("count").asLong();
    }

    /** True when the HAL list embeds the tasks and their caseNumber variable. */
    static boolean showsCardVariables(JsonNode halList) {
        JsonNode tasks = halList.path("_embedded").path("task");
        if (tasks.isEmpty()) {
            return false;
        }
        for (JsonNode variable : tasks.get(0).path("_embedded").path("variable")) {
            if ("caseNumber".equals(variable.path("name").asText())) {
                return true;
            }
        }
        return false;
    }
}
