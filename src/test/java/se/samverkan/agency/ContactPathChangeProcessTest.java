package se.samverkan.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
        assertThat(task(instance)).hasCandidateGroup("processledare");
        assertThat(instance).variables()
                .containsEntry("agencyName", "Barnhälsovården").containsEntry("requestedBy", "bodil");

        ResponseEntity<Map> completed = postJson("lena", "/task/" + task(instance).getId() + "/complete",
                variables("reviewDecision", "approve"));
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(instance).hasPassed("updateContactPath").isEnded().hasPassed("contactPathUpdated");
        Agency bhv = agencies.findById("bhv").orElseThrow();
        assertThat(bhv.getEmail()).isEqualTo("bvc.central@region.example.se");
        assertThat(bhv.getPhone()).isEqualTo("0470-587 99");
    }

    @Test
    void aRejectedChangeLeavesTheContactPathAsItWas() {
        String emailBefore = agencies.findById("familjehalsan").orElseThrow().getEmail();
        ProcessInstance instance = instance((String) postJson("hanna",
                "/process-definition/key/agencyContactChange/start",
                variables("agencyCode", "familjehalsan", "newEmail", "privat@example.se", "reason", "Byte"))
                .getBody().get("id"));

        postJson("lena", "/task/" + task(instance).getId() + "/complete",
                variables("reviewDecision", "reject", "reviewComment", "Personlig adress, använd funktionsbrevlåda"));

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
        ProcessInstance instance = instance((String) postJson("vera",
                "/process-definition/key/agencyContactChange/start",
                variables("agencyCode", "vardcentral", "newPostalAddress", "Box 9, 351 05 Växjö", "reason", "Flytt"))
                .getBody().get("id"));
        String taskId = task(instance).getId();

        ResponseEntity<Map> refused = postJson("lena", "/task/" + taskId + "/complete",
                variables("reviewDecision", "reject"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("message", "Skäl till avslag: beskriv varför ändringen avslås.");
        assertThat(instance).isWaitingAt("reviewContactChange");
        assertThat(engine.getTaskService().getVariable(taskId, "reviewDecision")).isNull();

        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test", true, true);
    }

    @Test
    void staffCannotSeeOrCompleteTheProcessLeadersReview() {
        ProcessInstance instance = instance((String) postJson("ulla",
                "/process-definition/key/agencyContactChange/start",
                variables("agencyCode", "ungdomsmottagning", "newPhone", "0470-587 21", "reason", "Nytt nummer"))
                .getBody().get("id"));
        String taskId = task(instance).getId();
        assertThat(restAs("ulla").getForEntity("/engine-rest/task/{id}", Map.class, taskId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(postJson("ulla", "/task/" + taskId + "/complete", variables("reviewDecision", "approve"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(instance).isWaitingAt("reviewContactChange");

        engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test", true, true);
    }

    private ProcessInstance instance(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private long instances() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(ContactPathChangeProcess.KEY).count();
    }
}
