package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine REST API as Tasklist calls it: HTTP Basic as a demo user (password "demo"), JSON bodies.
 * The floor and the cooperation case both go through here, so their per-task figures compare.
 */
final class EngineRest {

    static final String PASSWORD = "demo";
    static final String HAL_JSON = "application/hal+json";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    EngineRest(int port) {
        this.base = "http://127.0.0.1:" + port + "/engine-rest";
    }

    JsonNode get(String user, String path) {
        return send(user, "GET", path, null, "application/json");
    }

    JsonNode post(String user, String path, Object body) {
        return post(user, path, body, "application/json");
    }

    JsonNode post(String user, String path, Object body, String accept) {
        try {
            return send(user, "POST", path, json.writeValueAsBytes(body), accept);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one open task of this instance with this key (and candidate group), as the user sees it; or null. */
    JsonNode findTask(String user, String instanceId, String taskKey, String candidateGroup) {
        String path = "/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey
                + (candidateGroup == null ? "" : "&candidateGroup=" + encode(candidateGroup));
        JsonNode tasks = get(user, path);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    void complete(String user, String taskId, Map<String, Object> variables) {
        post(user, "/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    String start(String user, String processKey, Map<String, Object> variables) {
        return post(user, "/process-definition/key/" + processKey + "/start", Map.of("variables", variables))
                .get("id").asText();
    }

    /** What a client saw: the status and body, or status -1 and the failure when no answer came (a dead node). */
    record Answer(int status, String body, String failure) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** One call that never throws: the reliability run records every answer, errors included. */
    Answer call(String user, String method, String path, Object body) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Basic " + auth).header("Accept", "application/json")
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), null);
        } catch (IOException e) {
            return new Answer(-1, "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", "interrupted");
        }
    }

    /**
     * The measured calls: a plain synchronous connection, kept alive between calls (the JDK's pool). The
     * client runs in the server's JVM and on its cores, so it should take as little of them as it can; the
     * JDK's {@code HttpClient} hands every call to its selector thread and back.
     */
    private JsonNode send(String user, String method, String path, byte[] body, String accept) {
        String auth = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestProperty("Authorization", "Basic " + auth);
            connection.setRequestProperty("Accept", accept);
            if (body != null) {
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            String answer;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (status >= 300) {
                throw new IllegalStateException(method + " " + base + path + " as " + user + " answered " + status
                        + ": " + answer);
            }
            return answer.isEmpty() ? json.nullNode() : json.readTree(answer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Variables in the REST API's form; a List becomes a Json variable, as Tasklist submits checklists. */
    Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            Map<String, Object> variable = new LinkedHashMap<>();
            if (value instanceof List<?> list) {
                try {
                    variable.put("value", json.writeValueAsString(list));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                variable.put("type", "Json");
            } else {
                variable.put("value", value);
            }
            variables.put((String) namesAndValues[i], variable);
        }
        return variables;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
