package se.samverkan.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;

class ContactPathChangeProcessTest extends SamverkanTestSupport {

    @Autowired
    AgencyRepository agencies;

    @Test
    void anApprovedChangeUpdatesTheAgencysContactPath() {
        ResponseEntity<Map> started = postJson("bodil", "/process-definition/key/agencyContactChange/start",
                variables("agencyCode", "bhv", "newEmail", "bvc.central@region.example.se",
                        "newPhone", "0470-587 99", "reason", "Gemensam brevlåda för alla BVC"));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance instance = instance((String) started.getBody().get("id"));

        assertThat(instance).isWaitingAt("reviewContactChange");
        assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("processledare");
        assertThat(instance).variables()
                .containsEntry("agencyName", "Barnhälsovården Teleborg").containsEntry("requestedBy", "bodil");

        ResponseEntity<Map> completed = complete("lena", BpmnAwareTests.task(instance), "reviewDecision", "approve");
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(instance).hasPassed("updateContactPath").isEnded().hasPassed("contactPathUpdated");
        Agency bhv = agencies.findById("bhv").orElseThrow();
        assertThat(bhv.getEmail()).isEqualTo("bvc.central@region.example.se");
        assertThat(bhv.getPhone()).isEqualTo("0470-587 99");
    }

    @Test
    void aRejectedChangeLeavesTheContactPathAsItWas() {
        String emailBefore = agencies.findById("familjehalsan").orElseThrow().getEmail();
        ProcessInstance instance = requestChange("hanna",
                "agencyCode", "familjehalsan", "newEmail", "privat@example.se", "reason", "Byte");

        complete("lena", BpmnAwareTests.task(instance),
                "reviewDecision", "reject", "reviewComment", "Personlig adress, använd funktionsbrevlåda");

        assertThat(instance).isEnded().hasPassed("contactChangeRejected").hasNotPassed("updateContactPath");
        assertThat(agencies.findById("familjehalsan").orElseThrow().getEmail()).isEqualTo(emailBefore);
    }

    @Test
    void aBadRequestIsRefusedWith400AndNothingIsStarted() {
        long before = instances();
        ResponseEntity<Map> refused = postJson("sara", "/process-definition/key/agencyContactChange/start",
                variables("agencyCode", "skola", "newEmail", "inte-en-adress", "reason", "Ny"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .containsEntry("field", "newEmail")
                .containsEntry("message", "Ny e-postadress: ange en giltig e-postadress, till exempel samverkan@kommun.se.");

        ResponseEntity<Map> otherAgency = postJson("sara", "/process-definition/key/agencyContactChange/start",
                variables("agencyCode", "socialtjanst", "newEmail", "x@y.se", "reason", "Ny"));
        assertThat(otherAgency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherAgency.getBody()).containsEntry("message",
                "Verksamhet: du kan bara begära ändrad kontaktväg för en verksamhet du själv arbetar i.");
        assertThat(instances()).isEqualTo(before);
    }

    @Test
    void aReviewWithoutItsReasonIsRefusedWith400AndTheTaskStaysOpen() {
        ProcessInstance instance = requestChange("vera",
                "agencyCode", "vardcentral", "newPostalAddress", "Box 9, 351 05 Växjö", "reason", "Flytt");
        Task task = BpmnAwareTests.task(instance);

        ResponseEntity<Map> refused = complete("lena", task, "reviewDecision", "reject");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("message", "Skäl till avslag: beskriv varför ändringen avslås.");
        assertThat(instance).isWaitingAt("reviewContactChange");
        assertThat(engine.getTaskService().getVariable(task.getId(), "reviewDecision")).isNull();

        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test", true, true);
    }

    @Test
    void staffCannotSeeOrCompleteTheProcessLeadersReview() {
        ProcessInstance instance = requestChange("ulla",
                "agencyCode", "ungdomsmottagning", "newPhone", "0470-587 21", "reason", "Nytt nummer");
        Task task = BpmnAwareTests.task(instance);
        assertThat(restAs("ulla").getForEntity("/engine-rest/task/{id}", Map.class, task.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(complete("ulla", task, "reviewDecision", "approve").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(instance).isWaitingAt("reviewContactChange");

        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test", true, true);
    }

    /** The user asks for a changed contact path (the start's status is not checked here). */
    private ProcessInstance requestChange(String user, Object... variables) {
        return instance((String) postJson(user, "/process-definition/key/agencyContactChange/start",
                variables(variables)).getBody().get("id"));
    }

    private long instances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ContactPathChangeProcess.KEY).count();
    }
}
