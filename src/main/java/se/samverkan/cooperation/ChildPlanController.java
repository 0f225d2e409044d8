package se.samverkan.cooperation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import se.samverkan.platform.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printable copy of Barnets plan. Behind the REST API's login (HTTP Basic); only the staff of the
 * case's participating agencies get it. Everyone else gets 404, as for a case that does not exist; after a
 * withdrawal of consent the plan is gone (410).
 */
@RestController
public class ChildPlanController {

    private final ChildPlanService plans;
    private final ChildPlanPdf pdf;
    private final IdentityService identity;

    public ChildPlanController(ChildPlanService plans, ChildPlanPdf pdf, ProcessEngine engine) {
        this.plans = plans;
        this.pdf = pdf;
        this.identity = engine.getIdentityService();
    }

    @GetMapping(value = "/api/cases/{caseNumber}/plans/{version}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> planPdf(@PathVariable String caseNumber, @PathVariable int version) {
        List<String> groups = CurrentUser.groupsOrNone(identity);
        byte[] document = pdf.render(plans.document(caseNumber, version, groups));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("barnets-plan-" + caseNumber + "-v" + version + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }

    @ExceptionHandler(ChildPlanService.PlanNotFound.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("Det finns ingen sådan version av Barnets plan.");
    }

    @ExceptionHandler(ChildPlanService.PlanWithdrawn.class)
    ResponseEntity<String> withdrawn() {
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.TEXT_PLAIN)
                .body("Samtycket har återkallats och Barnets plan är stängd.");
    }
}
