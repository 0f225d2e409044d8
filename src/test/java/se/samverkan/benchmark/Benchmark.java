package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import se.samverkan.SamverkanApplication;
import se.samverkan.platform.TasklistFilters;

/**
 * The benchmark (README, "Prestandamätning"): starts the real application on PostgreSQL in this JVM,
 * measures the floor, the full cooperation case, Samverkansteam, Tasklist's query with many open tasks,
 * start-up and memory, prints a table and writes the same rows as CSV. Not a test; run on purpose.
 */
public final class Benchmark {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/samverkan_bench";

    private final Results results = new Results();
    private final int workers = Integer.getInteger("benchmark.workers", 4);

    public static void main(String[] args) throws Exception {
        try {
            new Benchmark().run();
            System.exit(0);
        } catch (Refusal refusal) {
            System.err.println("Benchmark: " + refusal.getMessage());
            System.exit(2);
        }
    }

    void run() throws Exception {
        String url = env("SPRING_DATASOURCE_URL", DEFAULT_URL);
        String user = env("SPRING_DATASOURCE_USERNAME", "samverkan_bench");
        String password = env("SPRING_DATASOURCE_PASSWORD", "samverkan_bench");
        checkDatabase(url);
        emptySchema(url, user, password);

        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        progress("starting the application on " + url);
        long startNanos = System.nanoTime();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkanApplication.class)
                .profiles("benchmark")
                .run("--server.port=0", "--spring.mail.port=" + mail.getSmtp().getPort(),
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password);
        long startUpNanos = System.nanoTime() - startNanos;
        try {
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            EngineRest rest = new EngineRest(((WebServerApplicationContext) app).getWebServer().getPort());
            machine(app);
            results.add("start-up", "application start to ready (empty database)", startUpNanos / 1e6, "ms");
            results.add("start-up", "JVM start to ready", ManagementFactory.getRuntimeMXBean().getUptime(), "ms");

            deployBenchmarkProcesses(engine);
            floorAndCase(engine, rest, mail);
            memory("after warm-up");
            team(app);
            // -Dbenchmark.tasks=0 leaves the Tasklist section out (a quick run of the other sections).
            if (Integer.getInteger("benchmark.tasks", 100_000) > 0) {
                tasklist(app, engine, rest);
                memory("after the Tasklist section");
            }
        } finally {
            app.close();
            mail.stop();
        }
        results.print();
        Path csv = results.writeCsv(Path.of(System.getProperty("benchmark.output", "target/benchmark")));
        System.out.println("CSV: " + csv + " (and latest.csv)");
    }

    /** Figures on H2 say nothing about production; the schema is emptied, so only a bench database. */
    static void checkDatabase(String url) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new Refusal("the benchmark runs only on PostgreSQL (figures on H2 mean nothing for production), "
                    + "but SPRING_DATASOURCE_URL is " + url + ". See README, \"Prestandamätning\".");
        }
        String database = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        if (!database.contains("bench")) {
            throw new Refusal("the benchmark empties the database it runs on, so its name must contain \"bench\" "
                    + "(e.g. samverkan_bench); " + database + " does not.");
        }
    }

    /** Every run starts on an empty schema, so two runs compare. */
    static void emptySchema(String url, String user, String password) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement sql = connection.createStatement()) {
            sql.execute("drop schema if exists public cascade");
            sql.execute("create schema public");
        } catch (java.sql.SQLException e) {
            throw new Refusal("cannot empty the database " + url + " as " + user + ": " + e.getMessage()
                    + ". Create it as the README says (\"Prestandamätning\").");
        }
    }

    void machine(ConfigurableApplicationContext app) throws IOException {
        results.add("machine", "cores", Runtime.getRuntime().availableProcessors(), "");
        results.add("machine", "memory", meminfo("MemTotal") / 1024.0 / 1024.0, "GiB");
        results.add("machine", "cpu", cpuModel(), "");
        results.add("machine", "os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"), "");
        results.add("machine", "load average (1 min) at start",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
        results.add("versions", "java", System.getProperty("java.vm.vendor") + " " + Runtime.version(), "");
        results.add("versions", "jvm max heap", Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0, "MiB");
        results.add("versions", "camunda", ProductPropertiesUtil.getProductVersion(), "");
        results.add("versions", "spring boot", SpringBootVersion.getVersion(), "");
        results.add("versions", "postgresql",
                app.getBean(JdbcTemplate.class).queryForObject("show server_version", String.class), "");
        results.add("versions", "history level", app.getEnvironment().getProperty("camunda.bpm.history-level"), "");
    }

    /** The benchmark's own processes, apart from the product's; Sara's group may start the floor. */
    void deployBenchmarkProcesses(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().name("benchmark")
                .addClasspathResource("benchmark/floor.bpmn")
                .addClasspathResource("benchmark/openTask.bpmn")
                .deploy();
        AuthorizationService authorizations = engine.getAuthorizationService();
        Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        start.setGroupId(FloorRun.GROUP);
        start.setResource(Resources.PROCESS_DEFINITION);
        start.setResourceId(FloorRun.KEY);
        start.addPermission(Permissions.READ);
        start.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(start);
    }

    void floorAndCase(ProcessEngine engine, EngineRest rest, GreenMail mail) {
        int floorCount = Integer.getInteger("benchmark.floor", 400);
        int caseCount = Integer.getInteger("benchmark.cases", 100);
        // Both floors warm up before either is measured, as a server that has run for a while: the JIT compiles
        // the REST path (HTTP, Jersey, JSON, the guard) over the first 1,500 or so instances. Runs of 400 against
        // a running application: 21, 36, 40, 48, 52, 51 instances/s; after 400 the run measured the compiler.
        int warmUp = Integer.getInteger("benchmark.floorWarmUp", 2000);
        progress("warming up (floor " + warmUp + " through REST and through the Java API, cases " + workers * 2 + ")");
        new FloorRun(rest).run(warmUp, workers);
        new FloorRun(rest).runJava(engine, warmUp, workers);
        new CooperationRun(rest, engine).run(workers * 2, workers);

        progress("floor: " + floorCount + " instances, " + workers + " workers");
        FloorRun floor = new FloorRun(rest).run(floorCount, workers);
        results.add("floor", "instances (" + workers + " workers)", floorCount, "");
        results.add("floor", "instances per second", floor.instancesPerSecond(), "1/s");
        results.addTimings("floor", "start", floor.start);
        results.addTimings("floor", "user task (find + complete)", floor.task);

        progress("floor through the Java API: " + floorCount + " instances, " + workers + " workers");
        FloorRun javaFloor = new FloorRun(rest).runJava(engine, floorCount, workers);
        results.add("floor (Java API)", "instances per second", javaFloor.instancesPerSecond(), "1/s");
        results.addTimings("floor (Java API)", "start", javaFloor.start);
        results.addTimings("floor (Java API)", "user task (find + complete)", javaFloor.task);
        results.add("floor", "REST instances per second / Java API", floor.instancesPerSecond()
                / javaFloor.instancesPerSecond(), "x");
        results.add("floor", "REST user task mean / Java API", floor.task.mean() / javaFloor.task.mean(), "x");

        progress("cooperation: " + caseCount + " cases, " + workers + " workers");
        int mailBefore = mail.getReceivedMessages().length;
        CooperationRun cases = new CooperationRun(rest, engine).run(caseCount, workers);
        results.add("case", "cases to closure (" + workers + " workers)", cases.closed.get(), "");
        results.add("case", "cases per second", cases.casesPerSecond(), "1/s");
        results.add("case", "mails received", mail.getReceivedMessages().length - mailBefore, "");
        results.addTimings("case", "start", cases.start);
        results.addTimings("case", "user task (find + complete)", cases.task);
        results.add("case", "user task mean / floor user task mean", cases.task.mean() / floor.task.mean(), "x");
        results.add("case", "user task p50 / floor user task p50",
                cases.task.percentile(50) / floor.task.percentile(50), "x");
        results.addTimings("case", "wait for mail job to finish", cases.jobWait);
        results.add("case", "meeting timer job (executed by harness) mean", cases.timer.mean(), "ms");
    }

    void team(ConfigurableApplicationContext app) {
        int count = Integer.getInteger("benchmark.teamCases", 500);
        TeamRun team = new TeamRun(app);
        progress("team: registering " + count + " cases");
        long registering = team.register(count);
        results.add("team", "registered cases", count, "");
        results.add("team", "registration (service, incl. anonymisation) mean", registering / 1e6 / count, "ms");
        Long meeting = team.planMeeting();
        for (int i = 0; i < 3; i++) {
            team.compileOnce(meeting);
        }
        Samples compile = new Samples();
        int agenda = 0;
        for (int i = 0; i < 20; i++) {
            agenda = compile.time(() -> team.compileOnce(meeting));
        }
        results.add("team", "cases on the compiled agenda", agenda, "");
        results.addTimings("team", "compile agenda (" + count + " registered)", compile);
        team.anonymisationChecksPerSecond(1000);
        results.add("team", "anonymisation checks per second (" + TeamRun.TEXTS.size() + " texts)",
                team.anonymisationChecksPerSecond(3000), "1/s");
    }

    void tasklist(ConfigurableApplicationContext app, ProcessEngine engine, EngineRest rest) {
        int tasks = Integer.getInteger("benchmark.tasks", 100_000);
        int queries = Integer.getInteger("benchmark.queries", 200);
        int threads = Integer.getInteger("benchmark.setupThreads", 2);
        int batch = Integer.getInteger("benchmark.batch", 500);
        TasklistRun tasklist = new TasklistRun(engine, app.getBean(PlatformTransactionManager.class), rest);
        progress("tasklist: creating " + tasks + " open tasks (" + threads + " threads, batches of " + batch + ")");
        long creating = tasklist.createTasks(tasks, threads, batch);
        results.add("tasklist", "open tasks created", tasks, "");
        results.add("tasklist", "creating them (Java API, batches of " + batch + ")", creating / 1e9, "s");
        results.add("tasklist", "created per second", tasks / (creating / 1e9), "1/s");
        int history = Integer.getInteger("benchmark.historicTasks", 1_000_000);
        progress("tasklist: " + history + " completed tasks in the history");
        long historyNanos = tasklist.createHistory(app.getBean(JdbcTemplate.class), history);
        results.add("tasklist", "historic (completed) task instances", history, "");
        results.add("tasklist", "inserting them (SQL)", historyNanos / 1e9, "s");
        // What autovacuum does within minutes of a load this size (its insert threshold is 20 % of a table):
        // statistics and the visibility map, so that index-only scans stay index-only. Timed, then measured.
        long vacuum = System.nanoTime();
        app.getBean(JdbcTemplate.class).execute("vacuum (analyze)");
        results.add("tasklist", "vacuum (analyze) after the load", (System.nanoTime() - vacuum) / 1e9, "s");

        String filterId = engine.getFilterService().createTaskFilterQuery()
                .filterName(TasklistFilters.MY_AGENCY).singleResult().getId();
        Samples allLists = new Samples();
        Samples allCounts = new Samples();
        // Every user's calls warm up before any is measured (at most 20 s each), so the first user's figures
        // do not carry the JIT's compiling of the list path.
        for (Map.Entry<String, String> user : new java.util.TreeMap<>(TasklistRun.USERS).entrySet()) {
            String name = user.getKey();
            JsonNode first = tasklist.list(name, filterId);
            results.add("tasklist", name + " (" + user.getValue() + ") sees tasks", tasklist.count(name, filterId), "");
            results.add("tasklist", name + ": tasks in the first page", first.path("_embedded").path("task").size(), "");
            // The user sees the card variables only where authorization lets them read them.
            results.add("tasklist", name + ": card variables in the page",
                    TasklistRun.showsCardVariables(first) ? "yes" : "no", "");
            long warmUntil = System.nanoTime() + 20_000_000_000L;
            for (int i = 0; i < queries / 2 && System.nanoTime() < warmUntil; i++) {
                tasklist.list(name, filterId);
                tasklist.count(name, filterId);
            }
        }
        for (Map.Entry<String, String> user : new java.util.TreeMap<>(TasklistRun.USERS).entrySet()) {
            String name = user.getKey();
            Samples lists = new Samples();
            // At most this many calls, and at most about a minute per user, so a slow query cannot stall the run.
            long until = System.nanoTime() + Long.getLong("benchmark.querySeconds", 60) * 1_000_000_000L;
            for (int i = 0; i < queries && System.nanoTime() < until; i++) {
                long start = System.nanoTime();
                tasklist.list(name, filterId);
                long took = System.nanoTime() - start;
                lists.addNanos(took);
                allLists.addNanos(took);
                start = System.nanoTime();
                tasklist.count(name, filterId);
                allCounts.addNanos(System.nanoTime() - start);
            }
            results.add("tasklist", name + ": list and count calls timed", lists.count(), "");
            results.add("tasklist", name + ": list p50", lists.percentile(50), "ms");
            results.add("tasklist", name + ": list p95", lists.percentile(95), "ms");
        }
        results.addTimings("tasklist", "filter list, 15 tasks + variables (" + TasklistRun.USERS.size() + " users)",
                allLists);
        results.addTimings("tasklist", "filter count (" + TasklistRun.USERS.size() + " users)", allCounts);
    }

    void memory(String when) throws IOException {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        results.add("memory", "heap used " + when + " (after GC)", heap.getUsed() / 1024.0 / 1024.0, "MiB");
        results.add("memory", "heap committed " + when, heap.getCommitted() / 1024.0 / 1024.0, "MiB");
        results.add("memory", "RSS " + when, status("VmRSS") / 1024.0, "MiB");
    }

    private static long meminfo(String key) throws IOException {
        return kilobytes(Files.readAllLines(Path.of("/proc/meminfo")), key);
    }

    private static long status(String key) throws IOException {
        return kilobytes(Files.readAllLines(Path.of("/proc/self/status")), key);
    }

    private static long kilobytes(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + ":"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void progress(String message) {
        System.out.println("# " + message);
    }

    /** A clear reason not to run. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
