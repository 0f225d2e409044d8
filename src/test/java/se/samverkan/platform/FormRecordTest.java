package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverkan.SamverkanTestSupport;

/**
 * A process owner adds a field in Modeler and deploys: the server accepts it as the form declares it, keeps
 * it with the case under the form's label, and the engine stores none of its text.
 */
class FormRecordTest extends SamverkanTestSupport {

    private static final String FORM = """
            {"id": "ownersForm", "type": "default", "components": [
              {"type": "textarea", "key": "extraNote", "label": "Övrigt att notera", "validate": {"maxLength": 200}},
              {"type": "select", "key": "followUp", "label": "Uppföljning", "validate": {"required": true},
               "values": [{"value": "WEEK", "label": "Om en vecka"}, {"value": "MONTH", "label": "Om en månad"}]}]}
            """;

    @Autowired
    FormRecordRepository records;

    @Autowired
    JdbcTemplate jdbc;

    private Deployment deployment;

    @AfterEach
    void undeploy() {
        if (deployment != null) {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aFieldAddedInModelerIsCheckedKeptWithItsLabelAndNeverStoredByTheEngine() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("ownersProcess").camundaHistoryTimeToLive(1)
                .startEvent().userTask("ownersTask").camundaCandidateGroups("skola")
                .camundaFormRef("ownersForm").camundaFormRefBinding("deployment").endEvent().done();
        deployment = engine.getRepositoryService().createDeployment().name("processägarens test")
                .addModelInstance("owners.bpmn", model)
                .addString("owners.form", FORM).deploy();
        String pi = engine.getRuntimeService().startProcessInstanceByKey("ownersProcess").getId();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();

        ResponseEntity<Map> extra = complete("sara", task,
                "extraNote", "Ring mamman först.", "followUp", "WEEK", "coordinatingAgency", "polis");
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).containsEntry("field", "coordinatingAgency");
        ResponseEntity<Map> tooLong = complete("sara", task, "extraNote", "x".repeat(201), "followUp", "WEEK");
        assertThat(tooLong.getBody()).containsEntry("field", "extraNote")
                .containsEntry("message", "Övrigt att notera: högst 200 tecken.");
        assertThat(records.findByProcessInstanceIdOrderById(pi)).isEmpty();

        completeOk("sara", task, "extraNote", "Ring mamman först.", "followUp", "WEEK");

        List<FormRecord> kept = records.findByProcessInstanceIdOrderById(pi);
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).getActivityId()).isEqualTo("ownersTask");
        assertThat(kept.get(0).getFormId()).isEqualTo("ownersForm");
        assertThat(kept.get(0).getRecordedBy()).isEqualTo("sara");
        assertThat(kept.get(0).getFields()).isEqualTo("[{\"key\":\"extraNote\",\"label\":\"Övrigt att notera\","
                + "\"value\":\"Ring mamman först.\"},{\"key\":\"followUp\",\"label\":\"Uppföljning\",\"value\":\"Om en vecka\"}]");
        assertThat(jdbc.queryForList("select NAME_ from ACT_HI_VARINST where PROC_INST_ID_ = ?", String.class, pi))
                .containsExactly("followUp");
    }
}
