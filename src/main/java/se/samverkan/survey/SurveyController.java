package se.samverkan.survey;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.survey.SurveyViews.Choices;
import se.samverkan.survey.SurveyViews.Results;
import se.samverkan.survey.SurveyViews.Round;
import se.samverkan.survey.SurveyViews.Started;

/**
 * Enkäter's API for Cockpit (its login and CSRF token) and integrations (HTTP Basic): process leaders start and
 * close rounds, supervisors and process leaders read them. The round id is read as text, so "/rounds/abc" is the
 * same Swedish 404 as a round that does not exist.
 */
@RestController
public class SurveyController {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyController.class);

    private final SurveyService surveys;
    private final IdentityService identity;

    public SurveyController(SurveyService surveys, ProcessEngine engine) {
        this.surveys = surveys;
        this.identity = engine.getIdentityService();
    }

    @GetMapping(value = "/api/surveys/choices", produces = MediaType.APPLICATION_JSON_VALUE)
    public Choices choices() {
        return surveys.choices(groups());
    }

    @GetMapping(value = "/api/surveys/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Round> rounds() {
        return surveys.rounds(groups());
    }

    @PostMapping(value = "/api/surveys/rounds", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Started> start(@RequestBody(required = false) Map<String, Object> body) {
        CurrentUser user = CurrentUser.of(identity);
        Started started = surveys.start(body, CurrentUser.idOf(user), groups());
        return ResponseEntity.status(HttpStatus.CREATED).header("Cache-Control", "no-store").body(started);
    }

    @PostMapping(value = "/api/surveys/rounds/{id}/close", produces = MediaType.APPLICATION_JSON_VALUE)
    public Round close(@PathVariable String id) {
        return surveys.close(id(id), groups());
    }

    @GetMapping(value = "/api/surveys/rounds/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
    public Results results(@PathVariable String id) {
        return surveys.results(id(id), groups());
    }

    private static long id(String id) {
        if (!id.matches("[1-9]\\d{0,17}")) {
            throw new SurveyService.NoRound();
        }
        return Long.parseLong(id);
    }

    private List<String> groups() {
        return CurrentUser.groupsOrNone(identity);
    }

    @ExceptionHandler(SurveyService.NotAllowed.class)
    ResponseEntity<Map<String, String>> notAllowed(SurveyService.NotAllowed refusal) {
        LOG.warn("Refused Enkäter: not allowed for the user's role");
        return refusal(HttpStatus.FORBIDDEN, "Forbidden", null, refusal.getMessage());
    }

    @ExceptionHandler(SurveyService.NoRound.class)
    ResponseEntity<Map<String, String>> noRound(SurveyService.NoRound refusal) {
        LOG.warn("Refused Enkäter: no such round");
        return refusal(HttpStatus.NOT_FOUND, "NotFound", null, refusal.getMessage());
    }

    @ExceptionHandler(SurveyService.WrongState.class)
    ResponseEntity<Map<String, String>> wrongState(SurveyService.WrongState refusal) {
        LOG.warn("Refused Enkäter: the round is not in that state");
        return refusal(HttpStatus.CONFLICT, "Conflict", null, refusal.getMessage());
    }

    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<Map<String, String>> invalid(FieldValidationException refusal) {
        LOG.warn("Refused Enkäter: field {}", SurveyRules.START_FIELDS.contains(refusal.getField())
                ? refusal.getField() : "(unknown field)");
        return refusal(HttpStatus.BAD_REQUEST, "Invalid", refusal.getField(), refusal.getMessage());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Map<String, String>> unreadable(Exception refusal) {
        LOG.warn("Refused Enkäter: the request body is not a JSON object");
        return refusal(HttpStatus.BAD_REQUEST, "Invalid", null,
                "Begäran kunde inte läsas: skicka ett JSON-objekt med frågeuppsättning, omgång, samverkansteam, "
                        + "antal länkar och sista svarsdag.");
    }

    private static ResponseEntity<Map<String, String>> refusal(HttpStatus status, String type, String field,
            String message) {
        Map<String, String> body = field == null ? Map.of("type", type, "message", message)
                : Map.of("type", type, "field", field, "message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
