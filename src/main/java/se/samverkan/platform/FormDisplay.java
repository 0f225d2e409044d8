package se.samverkan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Adds the features' display values ({@link FormDisplayValues}) to a task's form variables, the call
 * Tasklist makes to fill a Camunda form. Only after the engine answered 200, so only for a task the reader
 * may see; a variable the engine has under the same name wins. Nothing is written anywhere.
 */
public class FormDisplay extends OncePerRequestFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile("^/task/([^/]+)/form-variables/?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final List<FormDisplayValues> features;

    public FormDisplay(ProcessEngine engine, List<FormDisplayValues> features) {
        this.engine = engine;
        this.features = features;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = EngineRestGuard.enginePath(request);
        return !"GET".equals(request.getMethod()) || path == null || !FORM_VARIABLES.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRestGuard.User user = EngineRestGuard.currentUser(request, engine);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        Matcher task = FORM_VARIABLES.matcher(EngineRestGuard.enginePath(request));
        if (user != null && answer.getStatus() == 200 && task.matches() && request.getParameter("variableNames") == null) {
            Map<String, String> values = valuesFor(task.group(1), user);
            if (!values.isEmpty()) {
                JsonNode variables = JSON.readTree(answer.getContentAsByteArray());
                if (variables instanceof ObjectNode object) {
                    values.forEach((name, value) -> {
                        if (!object.has(name)) {
                            object.putObject(name).put("type", "String").put("value", value).putObject("valueInfo");
                        }
                    });
                    answer.resetBuffer();
                    answer.getOutputStream().write(JSON.writeValueAsBytes(object));
                }
            }
        }
        answer.copyBodyToResponse();
    }

    private Map<String, String> valuesFor(String taskId, EngineRestGuard.User user) {
        // The engine answered 200 for this reader, so the task is one the reader may see.
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        Map<String, String> values = new LinkedHashMap<>();
        if (task != null) {
            features.forEach(feature -> values.putAll(feature.forTask(task, user.id(), user.groups())));
        }
        return values;
    }
}
