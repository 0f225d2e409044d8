package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /**
     * A region's history: completed task instances of the same process, written straight into
     * ACT_HI_TASKINST (the engine would take an hour to complete a million tasks), in steps of 100 000.
     */
    long createHistory(JdbcTemplate jdbc, int count) {
        String definition = jdbc.queryForObject(
                "select ID_ from ACT_RE_PROCDEF where KEY_ = ? order by VERSION_ desc limit 1", String.class, KEY);
        long start = System.nanoTime();
        for (int from = 0; from < count; from += 100_000) {
            jdbc.update("""
                    insert into ACT_HI_TASKINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_,
                        EXECUTION_ID_, ACT_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, END_TIME_, DURATION_,
                        DELETE_REASON_, TASK_DEF_KEY_, PRIORITY_, TASK_STATE_)
                    select 'hist-' || n, ?, ?, 'hist-pi-' || n, 'hist-pi-' || n, 'hist-ex-' || n, 'openTask:hist-' || n,
                        'Öppen uppgift', 'sara', now() - (n || ' minutes')::interval,
                        now() - (n || ' minutes')::interval + interval '2 days', 172800000,
                        'completed', 'openTask', 50, 'Completed'
                    from generate_series(?, ?) n""", KEY, definition, from, Math.min(count, from + 100_000) - 1);
        }
        return System.nanoTime() - start;
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
