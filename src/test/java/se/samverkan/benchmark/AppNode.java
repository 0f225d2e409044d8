package se.samverkan.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.samverkan.SamverkanApplication;

/**
 * One application node: the real application in a JVM of its own (java -cp <this classpath>), on the shared
 * PostgreSQL database, with its job executor on. The reliability run starts two and kills one with SIGKILL.
 */
final class AppNode {

    final String name;
    final int port;
    final EngineRest rest;
    private final List<String> command = new ArrayList<>();
    private final Path log;
    private Process process;
    long startUpMillis;

    AppNode(String name, int port, int smtpPort, String url, String user, String password, int lockMillis,
            Path directory) {
        this.name = name;
        this.port = port;
        this.rest = new EngineRest(port);
        this.log = directory.resolve(name + ".log");
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The production memory settings (README, "Drift på PostgreSQL").
                "-XX:+UseSerialGC", "-Xms128m", "-Xmx384m", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
                "-XX:MaxMetaspaceSize=256m", "-XX:ReservedCodeCacheSize=128m",
                "-cp", System.getProperty("java.class.path"), SamverkanApplication.class.getName(),
                "--spring.profiles.active=benchmark",
                "--server.port=" + port,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                // A dead node's jobs wait this long before another node takes them (production: the default 5 min).
                "--camunda.bpm.job-execution.lock-time-in-millis=" + lockMillis,
                // An idle job executor looks for due jobs at least every 5 s (default up to 60 s), so jobs whose
                // due date the run moves are taken quickly.
                "--camunda.bpm.job-execution.max-wait=5000",
                // The job log (ACT_HI_JOB_LOG.HOSTNAME_) names the node that ran each job.
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
    }

    void start() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    startUpMillis = (System.nanoTime() - begin) / 1_000_000;
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within five minutes; see " + log);
    }

    /** SIGKILL on Linux: no shutdown hook, no rollback by the JVM; open connections simply die. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    long rssMiB() {
        try {
            return java.nio.file.Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }
}
