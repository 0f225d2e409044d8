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
 * may see; a variable the engine has under the same name wins. Nothing is written anywhere. A start form has
 * no variables in Tasklist, so its fields with a {@code valuesKey} get the reader's choices
 * ({@link StartFormOptions#shownTo}) written into the form as Tasklist loads it; the deployed form, which the
 * server checks submissions against, stays as it is.
 */
public class FormDisplay extends OncePerRequestFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile("^/task/([^/]+)/form-variables/?$");
    private static final Pattern START_FORM =
            Pattern.compile("^/process-definition/(?:key/([^/]+)|([^/]+))/deployed-start-form/?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final List<FormDisplayValues> features;
    private final FormContracts contracts;
    private final List<StartFormOptions> startFormOptions;

    public FormDisplay(ProcessEngine engine, List<FormDisplayValues> features, FormContracts contracts,
            List<StartFormOptions> startFormOptions) {
        this.engine = engine;
        this.features = features;
        this.contracts = contracts;
        this.startFormOptions = startFormOptions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = EngineRestGuard.enginePath(request);
        return !"GET".equals(request.getMethod()) || path == null
                || !(FORM_VARIABLES.matcher(path).matches() || START_FORM.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRestGuard.User user = EngineRestGuard.currentUser(request, engine);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        Matcher task = FORM_VARIABLES.matcher(EngineRestGuard.enginePath(request));
        Matcher start = START_FORM.matcher(EngineRestGuard.enginePath(request));
        if (user != null && answer.getStatus() == 200 && start.matches()) {
            JsonNode form = withChoices(JSON.readTree(answer.getContentAsByteArray()), start.group(2), start.group(1), user);
            answer.resetBuffer();
            answer.getOutputStream().write(JSON.writeValueAsBytes(form));
        } else if (user != null && answer.getStatus() == 200 && task.matches()
                && request.getParameter("variableNames") == null) {
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

    /** The start form with the reader's choices as the static list of each field that reads them from a variable. */
    private JsonNode withChoices(JsonNode form, String definitionId, String key, EngineRestGuard.User user) {
        String processKey = contracts.forStart(definitionId, key, null).map(f -> f.definition().getKey()).orElse(null);
        if (processKey != null) {
            fillChoices(form, processKey, user);
        }
        return form;
    }

    /** Every field of the form and of its groups. */
    private void fillChoices(JsonNode container, String processKey, EngineRestGuard.User user) {
        for (JsonNode component : container.path("components")) {
            if (component instanceof ObjectNode field && field.hasNonNull("valuesKey")) {
                List<FormOptions.Option> shown = shownTo(processKey, field.path("key").asText(), user);
                if (shown != null) {
                    field.remove("valuesKey");
                    field.set("values", JSON.valueToTree(shown.stream()
                            .map(o -> Map.of("label", o.label(), "value", o.value())).toList()));
                    if (shown.size() == 1) {
                        // Someone who works in one unit does not have to choose it.
                        field.put("defaultValue", shown.get(0).value());
                    }
                }
            }
            fillChoices(component, processKey, user);
        }
    }

    private List<FormOptions.Option> shownTo(String processKey, String fieldKey, EngineRestGuard.User user) {
        for (StartFormOptions options : startFormOptions) {
            List<FormOptions.Option> shown = options.shownTo(processKey, fieldKey, user.id(), user.groups());
            if (shown != null) {
                return shown;
            }
        }
        return null;
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
