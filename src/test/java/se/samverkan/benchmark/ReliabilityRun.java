package se.samverkan.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two nodes and crashes (README, "Flera noder"): two application JVMs on one PostgreSQL database, GreenMail in
 * this JVM. (a) about 1,000 timer and async jobs created across both nodes, each run exactly once; (b) SIGKILL of
 * one node in the middle of 500 concurrent task completions; (c) the mail server down: retried, nothing lost, an
 * incident when the retries run out. Also user tasks per second on one node and on two. Prints a table, writes
 * CSV, exits 1 when anything was lost, duplicated or half-written. Not a test; run on purpose:
 * {@code ./mvnw -q -Preliability test-compile exec:exec}.
 *
 * <p>Simulated time: nothing changes a clock. A timer or a failed job waits for its due date in ACT_RU_JOB; the
 * run moves that due date to now through the REST API as the administrator ({@code PUT /job/{id}/duedate}, what
 * Cockpit offers), which is what the passing of that time does for that job. The job executors then run it.
 */
public final class ReliabilityRun {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/samverkan_nodes_bench";
    static final String ADMIN = "demo";
    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Results results = new Results();
    private final List<String> failures = new ArrayList<>();
    private final int workers = Integer.getInteger("reliability.workers", 8);
    private final int lockSeconds = Integer.getInteger("reliability.lockSeconds", 20);
    private Connection db;
    private MailServer mail;
    private AppNode a;
    private AppNode b;

    public static void main(String[] args) throws Exception {
        // Eight workers call each node at once; the JDK keeps five connections per server alive by default.
        System.setProperty("http.maxConnections", "16");
        try {
            ReliabilityRun run = new ReliabilityRun();
            run.run();
            System.exit(run.failures.isEmpty() ? 0 : 1);
        } catch (Benchmark.Refusal refusal) {
            System.err.println("Reliability run: " + refusal.getMessage());
            System.exit(2);
        }
    }

    void run() throws Exception {
        String url = env("SPRING_DATASOURCE_URL", DEFAULT_URL);
        String user = env("SPRING_DATASOURCE_USERNAME", "samverkan_bench");
        String password = env("SPRING_DATASOURCE_PASSWORD", "samverkan_bench");
        Benchmark.checkDatabase(url);
        int portA = Integer.getInteger("reliability.portA", 18081);
        int portB = Integer.getInteger("reliability.portB", 18082);
        int smtp = Integer.getInteger("reliability.smtpPort", 18025);
        for (int port : List.of(portA, portB, smtp)) {
            requireFree(port);
        }
        Benchmark.emptySchema(url, user, password);
        Path directory = Path.of(System.getProperty("reliability.output", "target/reliability"));
        Files.createDirectories(directory);

        int jobCases = Integer.getInteger("reliability.jobCases", 170);
        int completions = Integer.getInteger("reliability.completions", 500);
        int outageCases = Integer.getInteger("reliability.outageCases", 20);
        int incidentCases = Integer.getInteger("reliability.incidentCases", 10);
        int total = jobCases + completions + outageCases + incidentCases;

        mail = new MailServer(smtp);
        mail.start();
        db = DriverManager.getConnection(url, user, password);
        int lockMillis = lockSeconds * 1000;
        a = new AppNode("node-a", portA, smtp, url, user, password, lockMillis, directory);
        b = new AppNode("node-b", portB, smtp, url, user, password, lockMillis, directory);
        try {
            machine();
            progress("starting node-a on an empty database");
            a.start();
            results.add("start-up", "node-a start to ready (empty database)", a.startUpMillis, "ms");
            List<String> cases = Collections.synchronizedList(new ArrayList<>());
            prepare(List.of(a), total / 2, "one node", cases);
            progress("starting node-b on the same database");
            b.start();
            results.add("start-up", "node-b start to ready (same database)", b.startUpMillis, "ms");
            prepare(List.of(a, b), total - total / 2, "two nodes", cases);

            List<String> pool = new ArrayList<>(cases);
            Collections.shuffle(pool, new java.util.Random(16));
            int from = 0;
            jobs(pool.subList(from, from += jobCases));
            crash(pool.subList(from, from += completions));
            progress("restarting node-a (as after the crash)");
            a = new AppNode("node-a", portA, smtp, url, user, password, lockMillis, directory);
            a.start();
            results.add("start-up", "node-a restart to ready (after kill -9)", a.startUpMillis, "ms");
            outage(pool.subList(from, from += outageCases));
            incident(pool.subList(from, from + incidentCases));
            results.add("memory", "node-a RSS at the end", a.rssMiB(), "MiB");
            results.add("memory", "node-b RSS at the end", b.rssMiB(), "MiB");
            results.add("machine", "load average (1 min) at the end",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
        } catch (RuntimeException e) {
            // The figures so far are still printed; the run fails.
            failures.add("the run stopped: " + e.getMessage());
            e.printStackTrace();
        } finally {
            a.stop();
            b.stop();
            mail.stop();
            db.close();
        }
        results.add("verdict", "lost, duplicated, half-written or not exactly once", failures.size(), "");
        results.add("verdict", "result", failures.isEmpty() ? "PASS" : "FAIL", "");
        results.print();
        failures.forEach(f -> System.out.println("FAIL: " + f));
        Path csv = results.writeCsv(directory, "reliability");
        System.out.println("CSV: " + csv + " (and latest.csv); node logs: " + directory.resolve("node-*.log"));
    }

    void machine() {
        results.add("machine", "cores", Runtime.getRuntime().availableProcessors(), "");
        results.add("machine", "load average (1 min) at start",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), "");
        results.add("settings", "job lock time (this run; production: default 300 s)", lockSeconds, "s");
        results.add("settings", "mail retry cycle (the models)", "R5/PT10M", "");
    }

    /** Cases started by Sara and taken through assessment and consent; they then wait at "Bjud in". */
    void prepare(List<AppNode> nodes, int count, String label, List<String> cases) {
        progress("preparing " + count + " cases on " + label + " (" + workers + " workers)");
        Samples task = new Samples();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long wall = Workers.run(count, workers, i -> {
            EngineRest rest = nodes.get(i % nodes.size()).rest;
            String pi = CooperationRun.startCase(rest);
            complete(rest, pi, "assessNeed", task, CooperationRun.ASSESS_NEED);
            complete(rest, pi, "obtainConsent", task, CooperationRun.obtainConsent());
            cases.add(pi);
        });
        String section = "throughput";
        results.add(section, label + ": cases started and taken through 2 user tasks", count, "");
        results.add(section, label + ": user tasks per second (find + complete)", 2.0 * count / (wall / 1e9), "1/s");
        results.add(section, label + ": REST calls per second (start, find, complete)", 5.0 * count / (wall / 1e9),
                "1/s");
        results.add(section, label + ": user task (find + complete) p50", task.percentile(50), "ms");
        results.add(section, label + ": user task (find + complete) p95", task.percentile(95), "ms");
        results.add(section, label + ": load average (1 min) before", load, "");
    }

    /** (a) Invitations (async), the reminder timer and its mail job, the meeting timer, the record timer and its mail. */
    void jobs(List<String> cases) throws Exception {
        progress("(a) jobs: " + cases.size() + " cases invite on both nodes; timers run when their time comes");
        List<AppNode> nodes = List.of(a, b);
        Samples task = new Samples();
        Workers.run(cases.size(), workers, i -> complete(nodes.get(i % 2).rest, cases.get(i), "inviteToMeeting", task,
                CooperationRun.inviteToMeeting()));
        long begin = System.nanoTime();
        int retried = awaitJobsWithRetries(cases, 300);
        for (String timer : List.of("answersMissing", "meetingTimeReached", "meetingRecordMissing")) {
            progress("(a) time passes until " + timer);
            moveDueDates(jobsAt(cases, timer));
            retried += awaitJobsWithRetries(cases, 300);
        }
        long wall = System.nanoTime() - begin;
        String s = "(a) jobs";
        JobCount jobs = jobCount(cases);
        results.add(s, "cases", cases.size(), "");
        jobs.byActivity.forEach((activity, n) -> results.add(s, "jobs run once: " + activity, n, ""));
        results.add(s, "jobs created (ACT_HI_JOB_LOG)", jobs.created, "");
        results.add(s, "jobs run exactly once", jobs.once, "");
        results.add(s, "jobs run more than once", jobs.more, "");
        results.add(s, "jobs never run", jobs.never, "");
        results.add(s, "failed attempts, retried ten minutes later", jobs.failedAttempts, "");
        results.add(s, "cause of the failed attempts", failureCauses(cases), "");
        jobs.byNode.forEach((node, n) -> results.add(s, "jobs run by " + node, n, ""));
        results.add(s, "jobs left in ACT_RU_JOB that are due", dueJobs(cases), "");
        results.add(s, "incidents", incidents(cases), "");
        results.add(s, "jobs per second (job executors of both nodes)", jobs.once / (wall / 1e9), "1/s");
        MailCount mails = mailCount(cases, Map.of("Inbjudan till samverkansmöte", 2, "Obesvarade inbjudningar", 1,
                "Mötesanteckningar saknas", 1));
        results.add(s, "mails expected (GreenMail, by Message-ID)", mails.expected, "");
        results.add(s, "mails received once", mails.received - mails.duplicated, "");
        results.add(s, "mails lost", mails.lost, "");
        results.add(s, "mails sent twice", mails.duplicated, "");
        expect(jobs.created == jobs.once && jobs.more == 0 && jobs.never == 0, "(a) not every job ran exactly once");
        expect(jobs.created == 6L * cases.size(), "(a) " + jobs.created + " jobs, expected 6 per case");
        expect(mails.lost == 0, "(a) mails lost");
        // A mail is sent twice only when its job was retried after the SMTP server had taken it (the answer timed
        // out); without failed attempts there must be none.
        expect(mails.duplicated <= jobs.failedAttempts, "(a) mails sent twice without a failed attempt");
    }

    /** (b) 500 concurrent completions of "Bjud in"; node-a is killed with SIGKILL in the middle. */
    void crash(List<String> cases) throws Exception {
        int killAfter = cases.size() * Integer.getInteger("reliability.killPercent", 40) / 100;
        int clients = Integer.getInteger("reliability.clients", 16);
        progress("(b) crash: " + cases.size() + " completions by " + clients + " clients on both nodes; kill -9 of "
                + "node-a after " + killAfter + " answers");
        Map<String, String> taskOf = tasksAt(cases, "inviteToMeeting");
        EngineRest.Answer[] first = new EngineRest.Answer[cases.size()];
        AtomicInteger answered = new AtomicInteger();
        long[] killedAt = new long[1];
        Map<String, String[]> lockedAtKill = new HashMap<>();
        Thread killer = new Thread(() -> {
            try {
                while (answered.get() < killAfter) {
                    Thread.sleep(2);
                }
                a.kill();
                killedAt[0] = System.nanoTime();
                lockedAtKill.putAll(lockedJobs(cases));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        killer.start();
        Workers.run(cases.size(), clients, i -> {
            AppNode node = i % 2 == 0 ? a : b;
            first[i] = node.rest.call("sara", "POST", "/task/" + taskOf.get(cases.get(i)) + "/complete",
                    Map.of("variables", node.rest.variables(CooperationRun.inviteToMeeting())));
            answered.incrementAndGet();
        });
        killer.join();
        progress("(b) node-a killed (pid " + a.pid() + "); the clients whose call failed try again on node-b");
        // The dead node's locks: still held a few seconds later with the same expiry (node-b's jobs take milliseconds).
        Thread.sleep(3000);
        Map<String, String[]> stillLocked = lockedJobs(cases);
        Set<String> stranded = new HashSet<>();
        lockedAtKill.forEach((id, lock) -> {
            String[] now = stillLocked.get(id);
            if (now != null && now[0].equals(lock[0]) && now[1].equals(lock[1])) {
                stranded.add(id);
            }
        });

        Map<String, Integer> firstOutcome = new TreeMap<>();
        Map<String, Integer> retryOutcome = new TreeMap<>();
        boolean[] clientSawOk = new boolean[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            String node = i % 2 == 0 ? "node-a" : "node-b";
            firstOutcome.merge(node + " " + describe(first[i]), 1, Integer::sum);
            clientSawOk[i] = first[i].ok();
            if (!first[i].ok()) {
                EngineRest.Answer again = b.rest.call("sara", "POST", "/task/" + taskOf.get(cases.get(i)) + "/complete",
                        Map.of("variables", b.rest.variables(CooperationRun.inviteToMeeting())));
                retryOutcome.merge(describe(again), 1, Integer::sum);
                clientSawOk[i] = again.ok();
            }
        }
        awaitJobs(cases, lockSeconds + 240);
        double recovered = (System.nanoTime() - killedAt[0]) / 1e9;
        awaitJobsWithRetries(cases, 240);

        String s = "(b) crash";
        results.add(s, "completions sent (half to each node)", cases.size(), "");
        results.add(s, "node-a killed after this many answers", killAfter, "");
        firstOutcome.forEach((outcome, n) -> results.add(s, "answer: " + outcome, n, ""));
        retryOutcome.forEach((outcome, n) -> results.add(s, "retry on node-b: " + outcome, n, ""));
        CaseCheck check = checkInvited(cases, clientSawOk);
        results.add(s, "cases with the task completed exactly once", check.once, "");
        results.add(s, "lost (client saw success, nothing committed)", check.lost, "");
        results.add(s, "duplicated (task, meeting, invitations or tasks twice)", check.duplicated, "");
        results.add(s, "half-written cases", check.halfWritten, "");
        results.add(s, "invitations not sent", check.notSent, "");
        JobCount jobs = jobCount(cases);
        results.add(s, "mail jobs created", jobs.created, "");
        results.add(s, "mail jobs run exactly once", jobs.once, "");
        results.add(s, "mail jobs run more than once / never", jobs.more + jobs.never, "");
        results.add(s, "failed attempts, retried ten minutes later", jobs.failedAttempts, "");
        results.add(s, "cause of the failed attempts", failureCauses(cases), "");
        jobs.byNode.forEach((node, n) -> results.add(s, "mail jobs run by " + node, n, ""));
        results.add(s, "jobs locked by node-a when it died", stranded.size(), "");
        int afterExpiry = finishedAfterLockExpiry(stranded, lockedAtKill);
        results.add(s, "of those, finished by node-b after the lock expired", afterExpiry, "");
        results.add(s, "kill to all jobs done", recovered, "s");
        results.add(s, "jobs left in ACT_RU_JOB that are due", dueJobs(cases), "");
        results.add(s, "incidents", incidents(cases), "");
        MailCount mails = mailCount(cases, Map.of("Inbjudan till samverkansmöte", 2));
        results.add(s, "invitation mails expected", mails.expected, "");
        results.add(s, "invitation mails lost", mails.lost, "");
        results.add(s, "invitation mails sent twice (taken by SMTP, not recorded)", mails.duplicated, "");
        List<String> strandedCases = new ArrayList<>();
        for (String id : stranded) {
            query("select process_instance_id_ from act_hi_job_log where job_id_ = ? and job_state_ = 0",
                    row -> strandedCases.add(row.getString(1)), id);
        }
        results.add(s, "of those, in jobs node-a was running when it died",
                strandedCases.isEmpty() ? 0 : mailCount(strandedCases, Map.of("Inbjudan till samverkansmöte", 2)).duplicated,
                "");
        explainDuplicates(cases);
        expect(check.once == cases.size(), "(b) " + (cases.size() - check.once) + " cases not completed exactly once");
        expect(check.lost == 0 && check.duplicated == 0 && check.halfWritten == 0 && check.notSent == 0,
                "(b) lost, duplicated, half-written or unsent");
        expect(jobs.created == jobs.once && jobs.more == 0 && jobs.never == 0, "(b) not every job ran exactly once");
        expect(afterExpiry == stranded.size(), "(b) the dead node's jobs were not all finished by node-b");
        expect(mails.lost == 0, "(b) invitation mails lost");
    }

    /** (c) The mail server down for ten minutes: the first attempt fails, the retry ten minutes later delivers. */
    void outage(List<String> cases) throws Exception {
        String s = "(c) mail down 10 min";
        progress(s + ": " + cases.size() + " invitations while the mail server is down");
        mail.stop();
        int ok = inviteOnBothNodes(cases);
        awaitFailedAttempts(cases, 1);
        results.add(s, "cases", cases.size(), "");
        results.add(s, "user tasks answered 2xx while mail was down", ok, "");
        retryState(s, cases);
        mail.start();
        progress(s + ": the mail server is back; ten minutes pass for the failed jobs");
        moveDueDates(jobsAt(cases, "sendInvitations"));
        awaitJobs(cases, 120);
        JobCount jobs = jobCount(cases);
        results.add(s, "mail jobs run exactly once (successfully)", jobs.once, "");
        results.add(s, "failed attempts before that", jobs.failedAttempts, "");
        results.add(s, "incidents", incidents(cases), "");
        MailCount mails = mailCount(cases, Map.of("Inbjudan till samverkansmöte", 2));
        results.add(s, "invitation mails expected", mails.expected, "");
        results.add(s, "invitation mails lost", mails.lost, "");
        results.add(s, "invitation mails duplicated", mails.duplicated, "");
        expect(ok == cases.size(), s + ": a user task failed because mail was down");
        expect(jobs.once == cases.size() && jobs.failedAttempts == cases.size(), s + ": not one failure and one success");
        expect(mails.lost == 0 && mails.duplicated == 0, s + ": mails lost or duplicated");
    }

    /** (c) The mail server down longer than the retry cycle: five attempts, then an incident; Retry delivers. */
    void incident(List<String> cases) throws Exception {
        String s = "(c) mail down past retries";
        progress(s + ": " + cases.size() + " invitations; the mail server stays down through every retry");
        mail.stop();
        int ok = inviteOnBothNodes(cases);
        int attempts = 0;
        for (int attempt = 1; ; attempt++) {
            awaitFailedAttempts(cases, attempt);
            attempts = attempt;
            if (retriesLeft(cases) == 0) {
                break;
            }
            moveDueDates(jobsAt(cases, "sendInvitations"));
        }
        results.add(s, "cases", cases.size(), "");
        results.add(s, "user tasks answered 2xx while mail was down", ok, "");
        results.add(s, "attempts per job until no retries were left", attempts, "");
        results.add(s, "simulated time from the first attempt to the incident", (attempts - 1) * 10, "min");
        long open = incidents(cases);
        results.add(s, "incidents (failedJob, shown in Cockpit)", open, "");
        mail.start();
        progress(s + ": the mail server is back; the administrator retries the incidents (Cockpit's Retry)");
        List<AppNode> nodes = List.of(a, b);
        List<String> ids = jobsAt(cases, "sendInvitations");
        for (int i = 0; i < ids.size(); i++) {
            EngineRest.Answer answer = nodes.get(i % 2).rest.call(ADMIN, "PUT", "/job/" + ids.get(i) + "/retries",
                    Map.of("retries", 1));
            expect(answer.ok(), s + ": setting retries answered " + describe(answer));
        }
        // Cockpit's Retry with the due date set to now: the job runs at once, not ten minutes later.
        moveDueDates(ids);
        awaitJobs(cases, 120);
        results.add(s, "incidents after Retry", incidents(cases), "");
        MailCount mails = mailCount(cases, Map.of("Inbjudan till samverkansmöte", 2));
        results.add(s, "invitation mails expected", mails.expected, "");
        results.add(s, "invitation mails lost", mails.lost, "");
        results.add(s, "invitation mails duplicated", mails.duplicated, "");
        expect(ok == cases.size(), s + ": a user task failed because mail was down");
        expect(open == cases.size(), s + ": " + open + " incidents, expected one per job");
        expect(incidents(cases) == 0 && mails.lost == 0 && mails.duplicated == 0, s + ": not delivered after Retry");
    }

    private int inviteOnBothNodes(List<String> cases) {
        List<AppNode> nodes = List.of(a, b);
        Map<String, String> taskOf = tasksAt(cases, "inviteToMeeting");
        AtomicInteger ok = new AtomicInteger();
        Workers.run(cases.size(), Math.min(workers, cases.size()), i -> {
            EngineRest rest = nodes.get(i % 2).rest;
            if (rest.call("sara", "POST", "/task/" + taskOf.get(cases.get(i)) + "/complete",
                    Map.of("variables", rest.variables(CooperationRun.inviteToMeeting()))).ok()) {
                ok.incrementAndGet();
            }
        });
        return ok.get();
    }

    private void retryState(String section, List<String> cases) {
        query("select min(retries_), max(retries_), min(extract(epoch from duedate_ - l.t)) / 60,"
                + " max(extract(epoch from duedate_ - l.t)) / 60 from act_ru_job j"
                + " join (select job_id_, max(timestamp_) t from act_hi_job_log where job_state_ = 1 group by job_id_) l"
                + " on l.job_id_ = j.id_ where j.process_instance_id_ = any(?)", row -> {
                    results.add(section, "retries left after the failure", row.getInt(1) == row.getInt(2)
                            ? String.valueOf(row.getInt(1)) : row.getInt(1) + "-" + row.getInt(2), "");
                    results.add(section, "next attempt after the failure", row.getDouble(3), "min");
                }, array(cases));
    }

    // --- the engine's state, read with SQL ---------------------------------------------------------------

    /** Jobs that are due (or running) for these cases: what the job executors still have to do. */
    long dueJobs(List<String> cases) {
        return count("select count(*) from act_ru_job where process_instance_id_ = any(?) and retries_ > 0"
                + " and (duedate_ is null or duedate_ <= ? or lock_owner_ is not null)", array(cases), now());
    }

    void awaitJobs(List<String> cases, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (dueJobs(cases) > 0) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException(dueJobs(cases) + " jobs still due after " + seconds + " s");
            }
            Thread.sleep(250);
        }
    }

    /**
     * Waits for the due jobs; a job that failed on the way (an SMTP answer slower than the 5 s timeout on a busy
     * machine) gets its retry ten minutes later, as the days between the steps of a real case give it: the due
     * date is moved, at most a few rounds. Returns the number of retries given.
     */
    int awaitJobsWithRetries(List<String> cases, int seconds) throws InterruptedException {
        int retried = 0;
        awaitJobs(cases, seconds);
        for (int round = 0; round < 4; round++) {
            List<String> failed = failedWaiting(cases);
            if (failed.isEmpty()) {
                break;
            }
            retried += failed.size();
            moveDueDates(failed);
            awaitJobs(cases, seconds);
        }
        return retried;
    }

    List<String> failedWaiting(List<String> cases) {
        List<String> ids = new ArrayList<>();
        query("select id_ from act_ru_job where process_instance_id_ = any(?) and exception_msg_ is not null"
                + " and retries_ > 0", row -> ids.add(row.getString(1)), array(cases));
        return ids;
    }

    /** The distinct failure messages of these cases' jobs (first line), for the table. */
    String failureCauses(List<String> cases) {
        Set<String> causes = new java.util.TreeSet<>();
        query("select distinct job_exception_msg_ from act_hi_job_log where process_instance_id_ = any(?)"
                + " and job_state_ = 1", row -> causes.add(String.valueOf(row.getString(1))
                        .replaceAll("\\s+", " ").replaceAll("^.*(Read timed out|Connection refused|Couldn't connect).*$", "$1")),
                array(cases));
        String all = causes.isEmpty() ? "-" : String.join("; ", causes);
        return all.length() > 80 ? all.substring(0, 80) : all;
    }

    /** Waits until every job of these cases has failed this many times and none is running. */
    void awaitFailedAttempts(List<String> cases, int attempts) throws InterruptedException {
        long until = System.nanoTime() + 180_000_000_000L;
        String sql = "select count(*) from act_ru_job j where j.process_instance_id_ = any(?) and (j.lock_owner_ is not"
                + " null or (select count(*) from act_hi_job_log l where l.job_id_ = j.id_ and l.job_state_ = 1) < ?)";
        while (count(sql, array(cases), attempts) > 0) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("jobs have not failed " + attempts + " times after 180 s");
            }
            Thread.sleep(250);
        }
    }

    long retriesLeft(List<String> cases) {
        return count("select coalesce(max(retries_), 0) from act_ru_job where process_instance_id_ = any(?)",
                array(cases));
    }

    long incidents(List<String> cases) {
        return count("select count(*) from act_ru_incident where proc_inst_id_ = any(?) and incident_type_ = 'failedJob'",
                array(cases));
    }

    List<String> jobsAt(List<String> cases, String activity) {
        List<String> ids = new ArrayList<>();
        query("select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
                + " where d.act_id_ = ? and j.process_instance_id_ = any(?)", row -> ids.add(row.getString(1)),
                activity, array(cases));
        return ids;
    }

    Map<String, String> tasksAt(List<String> cases, String taskKey) {
        Map<String, String> tasks = new HashMap<>();
        query("select proc_inst_id_, id_ from act_ru_task where task_def_key_ = ? and proc_inst_id_ = any(?)",
                row -> tasks.put(row.getString(1), row.getString(2)), taskKey, array(cases));
        if (tasks.size() != cases.size()) {
            throw new IllegalStateException(tasks.size() + " tasks " + taskKey + " for " + cases.size() + " cases");
        }
        return tasks;
    }

    /** Job id → {lock owner, lock expiry} of the locked jobs of these cases. */
    Map<String, String[]> lockedJobs(List<String> cases) {
        Map<String, String[]> locked = new HashMap<>();
        query("select id_, lock_owner_, lock_exp_time_ from act_ru_job where process_instance_id_ = any(?)"
                + " and lock_owner_ is not null", row -> locked.put(row.getString(1),
                        new String[] {row.getString(2), row.getTimestamp(3).toString()}), array(cases));
        return locked;
    }

    /** The dead node's jobs that succeeded on node-b no earlier than their lock expired. */
    int finishedAfterLockExpiry(Set<String> stranded, Map<String, String[]> locks) {
        int[] count = {0};
        for (String id : stranded) {
            query("select hostname_, timestamp_ from act_hi_job_log where job_id_ = ? and job_state_ = 2", row -> {
                if ("node-b".equals(row.getString(1))
                        && !row.getTimestamp(2).before(Timestamp.valueOf(locks.get(id)[1]))) {
                    count[0]++;
                }
            }, id);
        }
        return count[0];
    }

    record JobCount(long created, long once, long more, long never, long failedAttempts, Map<String, Long> byNode,
            Map<String, Long> byActivity) {
    }

    /** From the job log: every job created for these cases, how often it succeeded, failed, and where. */
    JobCount jobCount(List<String> cases) {
        long[] n = new long[5];
        Map<String, Long> byNode = new TreeMap<>();
        Map<String, Long> byActivity = new LinkedHashMap<>();
        // Timers still waiting for their time (in the future, never failed) are left out: not due, not lost. A job
        // that failed and waits for its retry counts as not run.
        query("select job_id_, count(*) filter (where job_state_ = 2), count(*) filter (where job_state_ = 1),"
                + " max(case when job_state_ = 2 then hostname_ end), max(act_id_), min(timestamp_)"
                + " from act_hi_job_log l where process_instance_id_ = any(?) and not exists (select 1 from act_ru_job r"
                + " where r.id_ = l.job_id_ and r.duedate_ > ? and r.exception_msg_ is null and r.lock_owner_ is null)"
                + " group by job_id_ order by 6", row -> {
                    long succeeded = row.getLong(2);
                    n[0]++;
                    n[succeeded == 1 ? 1 : succeeded > 1 ? 2 : 3]++;
                    n[4] += row.getLong(3);
                    if (succeeded > 0) {
                        byNode.merge(row.getString(4), 1L, Long::sum);
                        if (succeeded == 1) {
                            byActivity.merge(row.getString(5), 1L, Long::sum);
                        }
                    }
                }, array(cases), now());
        return new JobCount(n[0], n[1], n[2], n[3], n[4], byNode, byActivity);
    }

    record CaseCheck(int once, int lost, int duplicated, int halfWritten, int notSent) {
    }

    /** After "Bjud in": the task completed once, one meeting, two invitations sent, two answer tasks; or nothing. */
    CaseCheck checkInvited(List<String> cases, boolean[] clientSawOk) {
        Map<String, long[]> rows = new HashMap<>();
        query("select p.id, (select count(*) from act_hi_taskinst t where t.proc_inst_id_ = p.id"
                + " and t.task_def_key_ = 'inviteToMeeting' and t.delete_reason_ = 'completed'),"
                + " (select count(*) from act_ru_task t where t.proc_inst_id_ = p.id and t.task_def_key_ = 'inviteToMeeting'),"
                + " (select count(*) from cooperation_meeting m join child_case c on c.id = m.case_id"
                + " where c.process_instance_id = p.id),"
                + " (select count(*) from invitation i join cooperation_meeting m on m.id = i.meeting_id"
                + " join child_case c on c.id = m.case_id where c.process_instance_id = p.id),"
                + " (select count(*) from invitation i join cooperation_meeting m on m.id = i.meeting_id"
                + " join child_case c on c.id = m.case_id where c.process_instance_id = p.id and i.sent_at is not null),"
                + " (select count(*) from act_ru_task t where t.proc_inst_id_ = p.id and t.task_def_key_ = 'answerInvitation')"
                + " from unnest(?::varchar[]) as p(id)", row -> rows.put(row.getString(1), new long[] {
                        row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7)}),
                array(cases));
        int once = 0;
        int lost = 0;
        int duplicated = 0;
        int half = 0;
        int notSent = 0;
        for (int i = 0; i < cases.size(); i++) {
            long[] r = rows.get(cases.get(i));
            long completed = r[0];
            long open = r[1];
            long meetings = r[2];
            long invitations = r[3];
            long sent = r[4];
            long answerTasks = r[5];
            if (completed == 1) {
                once++;
            }
            if (clientSawOk[i] && completed == 0) {
                lost++;
            }
            if (completed > 1 || meetings > 1 || invitations > 2 || answerTasks > 2) {
                duplicated++;
            }
            boolean done = completed == 1 && open == 0 && meetings == 1 && invitations == 2 && answerTasks == 2;
            boolean untouched = completed == 0 && open == 1 && meetings == 0 && invitations == 0 && answerTasks == 0;
            if (!done && !untouched) {
                half++;
            }
            if (done && sent != 2) {
                notSent++;
            }
        }
        return new CaseCheck(once, lost, duplicated, half, notSent);
    }

    record MailCount(long expected, long received, long lost, long duplicated) {
    }

    /** Sends per case and subject (by Message-ID) against the expected number: fewer are lost, more duplicated. */
    MailCount mailCount(List<String> cases, Map<String, Integer> expectedPerCase) {
        Map<String, Set<String>> sends = mail.sendsBySubject();
        long expected = 0;
        long received = 0;
        long lost = 0;
        long duplicated = 0;
        for (String caseNumber : caseNumbers(cases)) {
            for (Map.Entry<String, Integer> kind : expectedPerCase.entrySet()) {
                int got = sends.getOrDefault(kind.getKey() + ", ärende " + caseNumber, Set.of()).size();
                expected += kind.getValue();
                received += got;
                lost += Math.max(0, kind.getValue() - got);
                duplicated += Math.max(0, got - kind.getValue());
            }
        }
        return new MailCount(expected, received, lost, duplicated);
    }

    /** For each case with a mail sent twice: the mails and the job log, so the reason can be read afterwards. */
    void explainDuplicates(List<String> cases) {
        Map<String, Set<String>> sends = mail.sendsBySubject();
        query("select c.case_number, c.process_instance_id from child_case c where c.process_instance_id = any(?)",
                row -> {
                    Set<String> ids = sends.getOrDefault("Inbjudan till samverkansmöte, ärende " + row.getString(1),
                            Set.of());
                    if (ids.size() > 2) {
                        StringBuilder log = new StringBuilder();
                        try (PreparedStatement jobLog = db.prepareStatement("select act_id_, job_state_, hostname_,"
                                + " timestamp_ from act_hi_job_log where process_instance_id_ = ? and act_id_ ="
                                + " 'sendInvitations' order by timestamp_")) {
                            jobLog.setString(1, row.getString(2));
                            try (ResultSet entries = jobLog.executeQuery()) {
                                while (entries.next()) {
                                    log.append(" [state ").append(entries.getInt(2)).append(' ')
                                            .append(entries.getString(3)).append(' ').append(entries.getTimestamp(4))
                                            .append(']');
                                }
                            }
                        }
                        progress("sent " + ids.size() + " times: " + row.getString(1) + "; job log:" + log);
                    }
                }, array(cases));
    }

    List<String> caseNumbers(List<String> cases) {
        List<String> numbers = new ArrayList<>();
        query("select case_number from child_case where process_instance_id = any(?)",
                row -> numbers.add(row.getString(1)), array(cases));
        if (numbers.size() != cases.size()) {
            throw new IllegalStateException(numbers.size() + " case numbers for " + cases.size() + " cases");
        }
        return numbers;
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Simulated time: each job's due date becomes now, through the REST API as the administrator. */
    void moveDueDates(List<String> jobIds) {
        List<AppNode> nodes = a.isAlive() ? List.of(a, b) : List.of(b);
        String now = ZonedDateTime.now().minusSeconds(1).format(REST_DATE);
        Workers.run(jobIds.size(), 4, i -> {
            EngineRest.Answer answer = nodes.get(i % nodes.size()).rest.call(ADMIN, "PUT",
                    "/job/" + jobIds.get(i) + "/duedate", Map.of("duedate", now, "cascade", false));
            if (!answer.ok()) {
                throw new IllegalStateException("moving the due date of job " + jobIds.get(i) + ": " + describe(answer));
            }
        });
    }

    private static void complete(EngineRest rest, String pi, String key, Samples task, Object... variables) {
        task.time(() -> {
            com.fasterxml.jackson.databind.JsonNode found = rest.findTask("sara", pi, key, null);
            if (found == null) {
                throw new IllegalStateException("sara finds no task " + key + " in " + pi);
            }
            rest.complete("sara", found.get("id").asText(), rest.variables(variables));
            return null;
        });
    }

    private static String describe(EngineRest.Answer answer) {
        if (answer.status() == -1) {
            String failure = answer.failure();
            return "no answer (" + failure.substring(0, failure.indexOf(':') < 0 ? failure.length()
                    : failure.indexOf(':')) + ")";
        }
        return String.valueOf(answer.status());
    }

    private void expect(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
    }

    interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private void query(String sql, Row each, Object... parameters) {
        synchronized (db) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.accept(rows);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }

    private long count(String sql, Object... parameters) {
        long[] value = {0};
        query(sql, row -> value[0] = row.getLong(1), parameters);
        return value[0];
    }

    private java.sql.Array array(List<String> values) {
        try {
            synchronized (db) {
                return db.createArrayOf("varchar", values.toArray());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The nodes store local time (timestamp without time zone) from the same machine clock as this JVM. */
    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new Benchmark.Refusal("port " + port + " is in use; choose others with -Dreliability.portA, "
                    + "-Dreliability.portB, -Dreliability.smtpPort");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void progress(String message) {
        System.out.println("# " + java.time.LocalTime.now().withNano(0) + " " + message);
    }
}
