package se.samverkan.followup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.followup.Indicators.Named;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FieldValidationException;

/**
 * Uppföljning's API, read with the Cockpit login (or HTTP Basic): only supervisors and process leaders; anyone
 * else gets 403. Every answer is aggregates only.
 */
@RestController
public class FollowUpController {

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpController.class);

    private final FollowUpService followUp;
    private final FollowUpReport report;
    private final IdentityService identity;

    public FollowUpController(FollowUpService followUp, FollowUpReport report, ProcessEngine engine) {
        this.followUp = followUp;
        this.report = report;
        this.identity = engine.getIdentityService();
    }

    @GetMapping(value = "/api/followup/choices", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, List<Named>> choices() {
        return followUp.choices(groups());
    }

    @GetMapping(value = "/api/followup/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    public Indicators indicators(@RequestParam(required = false) String period,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String team) {
        return followUp.indicators(period, agency, team, groups());
    }

    @GetMapping("/api/followup/indicators.csv")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String period,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String team) {
        Indicators data = followUp.indicators(period, agency, team, groups());
        return download(report.csv(data), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "uppfoljning-" + data.period().code() + ".csv");
    }

    @GetMapping("/api/followup/report.pdf")
    public ResponseEntity<byte[]> pdf(@RequestParam(required = false) String period,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String team) {
        Indicators data = followUp.indicators(period, agency, team, groups());
        return download(report.pdf(data), MediaType.APPLICATION_PDF,
                "uppfoljning-" + data.period().code() + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private List<String> groups() {
        return CurrentUser.groupsOrNone(identity);
    }

    @ExceptionHandler(FollowUpService.NotAllowed.class)
    ResponseEntity<Map<String, String>> notAllowed(FollowUpService.NotAllowed refusal) {
        LOG.warn("Refused Uppföljning: not a supervisor or process leader");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "Forbidden", "message", refusal.getMessage()));
    }

    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<Map<String, String>> invalid(FieldValidationException refusal) {
        LOG.warn("Refused Uppföljning: field {}", refusal.getField());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("type", "Invalid", "field", refusal.getField(), "message", refusal.getMessage()));
    }
}
