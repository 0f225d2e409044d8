package se.samverkan.staircase;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.platform.CurrentUser;

/** The one-page summary of an initiative, as PDF (login required). */
@RestController
public class InitiativeController {

    private final InitiativeService service;
    private final IdentityService identity;

    public InitiativeController(InitiativeService service, ProcessEngine engine) {
        this.service = service;
        this.identity = engine.getIdentityService();
    }

    @GetMapping(value = "/api/initiatives/{id}/summary.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public byte[] summary(@PathVariable Long id) {
        CurrentUser user = CurrentUser.of(identity);
        return service.summaryPdf(id, user.id(), user.groups());
    }

    @ExceptionHandler(InitiativeService.NotFound.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body("Initiativet finns inte.");
    }

    @ExceptionHandler(InitiativeService.NotAllowed.class)
    ResponseEntity<String> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Sammanfattningen är till för den som startade initiativet.");
    }
}
