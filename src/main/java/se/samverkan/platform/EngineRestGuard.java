package se.samverkan.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The door in front of the engine's REST API, both the one integrations call ({@code /engine-rest}) and
 * the one the webapps call ({@code /camunda/api/engine}). Anyone with a login can send anything, so:
 * <ul>
 * <li>a start or a task completion carries exactly the fields of the deployed form ({@link FormSubmission});
 * free text goes on as transient variables, so the engine never stores it; a refused submission is answered
 * with 403 when the user may not submit the form at all, so that nobody else learns about its fields;</li>
 * <li>the calls that would change a case around the forms (variables, messages, signals, modification,
 * assignment, delegation, candidates) are closed to everyone but administrators;</li>
 * <li>a user who took a task can give it back (the engine's task permission for staff is TASK_WORK,
 * which has no unclaim).</li>
 * </ul>
 * Everything else is the engine's own authorization, unchanged.
 */
public class EngineRestGuard extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestGuard.class);
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/engine/[^/]+(/.*)$");
    private static final Pattern TASK_SUBMISSION = Pattern.compile("^/task/([^/]+)/(complete|submit-form)/?$");
    private static final Pattern START = Pattern.compile(
            "^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)/?$");
    private static final Pattern UNCLAIM = Pattern.compile("^/task/([^/]+)/unclaim/?$");
    private static final Pattern CLAIM = Pattern.compile("^/task/([^/]+)/claim/?$");
    /** Writes that would change a case, its variables or who takes part, around the forms. */
    private static final List<Pattern> CLOSED_WRITES = List.of(
            Pattern.compile("^/task/[^/]+/(variables|localVariables)(/.*)?$"),
            Pattern.compile("^/task/[^/]+/(identity-links(/delete)?|assignee|delegate|resolve|bpmnError|bpmnEscalation"
                    + "|attachment/create|comment/create)/?$"),
            Pattern.compile("^/task/create/?$"),
            Pattern.compile("^/process-instance/[^/]+/(variables(/.*)?|modification(-async)?|suspended|comment.*)$"),
            Pattern.compile("^/process-instance/(delete|delete-historic-query-based|suspended|suspended-async"
                    + "|variables-async|job-retries|job-retries-historic-query-based|set-removal-time)/?$"),
            Pattern.compile("^/execution/[^/]+/.+$"),
            Pattern.compile("^/(message|message/async|signal|condition)/?$"),
            Pattern.compile("^/process-definition/.+/(restart|restart-async|suspended|history-time-to-live)/?$"),
            Pattern.compile("^/(modification|migration|batch|job|job-definition|incident|external-task"
                    + "|case-instance|case-execution)/.+$"),
            Pattern.compile("^/deployment/[^/]+/redeploy/?$"),
            Pattern.compile("^/history/.+/(delete|set-removal-time|cleanup).*$"));
    /** Deleting a single resource by id; the engine's own checks decide on everything else. */
    private static final List<Pattern> CLOSED_DELETES = List.of(
            Pattern.compile("^/(task|process-instance|process-definition|deployment|execution)/.+$"),
            Pattern.compile("^/history/.+$"));

    private final ProcessEngine engine;
    private final FormContracts contracts;
    private final Set<String> personalNumberFields = new HashSet<>();
    private final Set<String> routeTextFields = new HashSet<>();
    private final Clock clock;
    private final ObjectMapper json;

    public EngineRestGuard(ProcessEngine engine, FormContracts contracts, List<SensitiveVariables> sensitive,
            List<RouteTextFields> routeText, Clock clock) {
        this.engine = engine;
        this.contracts = contracts;
        sensitive.forEach(s -> personalNumberFields.addAll(s.personalNumberFields()));
        routeText.forEach(r -> routeTextFields.addAll(r.fields()));
        this.clock = clock;
        // A Json variable nested thousands deep is refused while it is read, not by the engine later.
        this.json = new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build()).build());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        User user = currentUser(request, engine);
        String path = enginePath(request);
        if (user == null || path == null) {
            // Not logged in: the engine's own authentication answers.
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        if (!user.isAdministrator() && isClosed(method, path)) {
            refuse(response, 403, "request", request, user,
                    "Det här anropet är stängt. Ärenden ändras bara genom uppgifternas formulär.");
            return;
        }
        if (!"POST".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        Matcher unclaim = UNCLAIM.matcher(path);
        if (unclaim.matches() && giveBack(unclaim.group(1), user)) {
            response.setStatus(204);
            return;
        }
        if (!user.isAdministrator() && CLAIM.matcher(path).matches()) {
            // Claiming for someone else is handing the task over: to another agency (whose assignee then may
            // complete it) or to a user who does not exist (and the task is gone for the agency).
            claimForOneself(request, response, chain, user);
            return;
        }
        Matcher task = TASK_SUBMISSION.matcher(path);
        Matcher start = START.matcher(path);
        if (task.matches()) {
            Optional<FormContracts.TaskForm> form = contracts.forTask(task.group(1));
            if (form.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            String taskId = form.get().task().getId();
            Gate gate = () -> {
                Optional<FormContracts.Checked<FormContracts.TaskForm>> now = contracts.forTask(taskId, user.id(),
                        user.groups());
                if (now.isEmpty()) {
                    // Completed by someone else a moment ago.
                    refuse(response, 409, "task", request, user,
                            "Någon annan har just ändrat detta. Ladda om sidan och försök igen.");
                    return true;
                }
                return !now.get().permitted() && forbid(response, "task", request, user);
            };
            checkAndForward(request, response, chain, user, gate, form.get().contract(), Set.of("variables",
                    "withVariablesInReturn"), field -> field.valuesKey() == null ? null
                    : contracts.serverOptions(taskId, field.valuesKey()));
        } else if (start.matches()) {
            Optional<FormContracts.ProcessDefinitionForm> form = contracts.forStart(start.group(3), start.group(1),
                    start.group(2));
            if (form.isEmpty()) {
                chain.doFilter(request, response);
                return;
            }
            ProcessDefinition definition = form.get().definition();
            Gate gate = () -> !contracts.forStart(definition.getId(), null, null, user.id(), user.groups())
                    .map(FormContracts.Checked::permitted).orElse(false)
                    && forbid(response, "processDefinition", request, user);
            // A start by key starts the version whose form was checked here, even if another is deployed meanwhile.
            HttpServletRequest byId = start.group(1) == null ? request
                    : new StartById(request, path, definition.getId(), start.group(4));
            checkAndForward(byId, response, chain, user, gate, form.get().contract(), Set.of("variables",
                    "businessKey", "withVariablesInReturn"), field -> contracts.startOptions(definition.getKey(),
                    field.key()));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A claim names its user; staff may only name themselves. */
    private void claimForOneself(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            User user) throws IOException, ServletException {
        byte[] forwarded;
        try {
            JsonNode body = readBody(request);
            for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!"userId".equals(key)) {
                    throw new FieldValidationException(key, "\"" + key + "\" tas inte emot här.");
                }
            }
            if (!body.path("userId").isTextual() || !user.id().equals(body.get("userId").asText())) {
                refuse(response, 403, "userId", request, user,
                        "Du kan bara ta en uppgift själv; en uppgift lämnas över genom ärendets formulär.");
                return;
            }
            forwarded = json.writeValueAsBytes(body);
        } catch (FieldValidationException refused) {
            refuse(response, 400, refused.getField(), request, user, refused.getMessage());
            return;
        }
        chain.doFilter(new JsonBody(request, forwarded), response);
    }

    /**
     * Answers a refused submission itself when the user may not submit the form at all, so that only someone
     * who may learns what is wrong with it. A submission that passes goes on, and the engine checks the same
     * right before it starts or completes anything (403, {@link RefusalMapping}).
     */
    @FunctionalInterface
    private interface Gate {

        /** True when the request has been answered (403 or 409). */
        boolean shutOut() throws IOException;
    }

    private boolean forbid(HttpServletResponse response, String field, HttpServletRequest request, User user)
            throws IOException {
        refuse(response, 403, field, request, user, "Du har inte behörighet till detta.");
        return true;
    }

    private void checkAndForward(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            User user, Gate gate, FormContract contract, Set<String> allowedKeys,
            Function<FormContract.Field, List<String>> serverOptions) throws IOException, ServletException {
        ObjectNode forwarded;
        try {
            JsonNode body = readBody(request);
            for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!allowedKeys.contains(key)) {
                    throw new FieldValidationException(key, "\"" + key + "\" tas inte emot här; skicka bara formulärets fält.");
                }
            }
            if (body.hasNonNull("businessKey") && !body.get("businessKey").asText().isEmpty()) {
                throw new FieldValidationException("businessKey",
                        "Ärendenumret sätts av systemet och kan inte anges när processen startas.");
            }
            FormSubmission submission = new FormSubmission(contract, serverOptions, personalNumberFields, routeTextFields,
                    LocalDate.now(clock.withZone(ClockConfiguration.SWEDEN)));
            forwarded = json.createObjectNode();
            forwarded.set("variables", submission.check(body.get("variables")));
            if (body.has("withVariablesInReturn")) {
                forwarded.put("withVariablesInReturn", body.get("withVariablesInReturn").asBoolean(false));
            }
        } catch (FieldValidationException refused) {
            if (user.isAdministrator() || !gate.shutOut()) {
                refuse(response, 400, refused.getField(), request, user, refused.getMessage());
            }
            return;
        }
        chain.doFilter(new JsonBody(request, json.writeValueAsBytes(forwarded)), response);
    }

    private JsonNode readBody(HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw new FieldValidationException("request", "Formuläret måste skickas som JSON.");
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new FieldValidationException("request", "Formuläret är för stort.");
        }
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new FieldValidationException("request", "Formuläret är för stort.");
        }
        try {
            JsonNode body = json.readTree(bytes);
            if (body == null || body.isMissingNode() || body.isNull()) {
                return json.createObjectNode();
            }
            if (!body.isObject()) {
                throw new FieldValidationException("request", "Formuläret kunde inte läsas.");
            }
            return body;
        } catch (IOException unreadable) {
            throw new FieldValidationException("request", "Formuläret kunde inte läsas.");
        }
    }

    /** Unclaim for the user who holds the task; anyone else gets the engine's answer. */
    private boolean giveBack(String taskId, User user) {
        Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !user.id().equals(task.getAssignee())) {
            return false;
        }
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try {
            engine.getTaskService().setAssignee(taskId, null);
        } finally {
            if (current != null) {
                engine.getIdentityService().setAuthentication(current);
            }
        }
        return true;
    }

    static boolean isClosed(String method, String path) {
        if ("DELETE".equals(method) && CLOSED_DELETES.stream().anyMatch(p -> p.matcher(path).matches())) {
            return true;
        }
        if ("PUT".equals(method) && path.matches("^/task/[^/]+/?$")) {
            return true;
        }
        return !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)
                && CLOSED_WRITES.stream().anyMatch(p -> p.matcher(path).matches());
    }

    /** The path inside the engine API, without "/engine/{name}"; null outside it. */
    static String enginePath(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null) {
            return null;
        }
        Matcher named = ENGINE_PREFIX.matcher(path);
        return named.matches() ? named.group(1) : path;
    }

    private void refuse(HttpServletResponse response, int status, String field, HttpServletRequest request, User user,
            String message) throws IOException {
        // One line, without the submitted values.
        LOG.warn("Refused {} {} for user {}: {} ({})", request.getMethod(), request.getRequestURI(), user.id(), field,
                status);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(Map.of(
                "type", switch (status) {
                    case 403 -> "Forbidden";
                    case 409 -> "Conflict";
                    default -> "ValidationError";
                }, "field", field, "message", message)));
    }

    record User(String id, List<String> groups) {

        boolean isAdministrator() {
            return groups.contains(Roles.ADMINISTRATORS);
        }
    }

    /** Who sends the request: the REST API's Basic login, or the webapps' session. */
    static User currentUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication rest = engine.getIdentityService().getCurrentAuthentication();
        if (rest != null) {
            return new User(rest.getUserId(), rest.getGroupIds() == null ? List.of() : rest.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        Authentications webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (webapp != null && webapp.getAuthenticationForProcessEngine(engine.getName())
                instanceof UserAuthentication signedIn) {
            return new User(signedIn.getIdentityId(),
                    signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds());
        }
        return null;
    }

    /** The request with the checked body, in JSON, in place of the one the client sent. */
    private static final class JsonBody extends RequestWithBody {

        JsonBody(HttpServletRequest request, byte[] body) {
            super(request, body);
        }

        @Override
        public String getCharacterEncoding() {
            return StandardCharsets.UTF_8.name();
        }

        @Override
        public String getContentType() {
            return "application/json;charset=UTF-8";
        }

        @Override
        public String getHeader(String name) {
            if ("content-length".equalsIgnoreCase(name)) {
                return String.valueOf(getContentLength());
            }
            return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }
    }

    /** A start by key, handed on as a start of the definition the guard resolved the key to. */
    static final class StartById extends HttpServletRequestWrapper {

        private final String pathInfo;
        private final String requestUri;

        StartById(HttpServletRequest request, String enginePath, String definitionId, String action) {
            super(request);
            String byId = "/process-definition/" + definitionId + "/" + action;
            String original = request.getPathInfo();
            this.pathInfo = original.substring(0, original.length() - enginePath.length()) + byId;
            // Built from the decoded parts: the client's own spelling of the path may differ (%6Bey for key).
            this.requestUri = request.getContextPath()
                    + UriUtils.encodePath(request.getServletPath() + pathInfo, StandardCharsets.UTF_8);
        }

        @Override
        public String getPathInfo() {
            return pathInfo;
        }

        @Override
        public String getRequestURI() {
            return requestUri;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            return url.replace(url.length() - super.getRequestURI().length(), url.length(), requestUri);
        }
    }
}
