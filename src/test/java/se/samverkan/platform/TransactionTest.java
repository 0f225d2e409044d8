package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.agency.AgencyRepository;

/** The engine and JPA share Spring's transaction: a failure after a domain write undoes both. */
class TransactionTest extends SamverkanTestSupport {

    @Autowired
    AgencyRepository agencies;

    @Autowired
    PlatformTransactionManager transactionManager;

    private Deployment deployment;

    @AfterEach
    void removeProbe() {
        if (deployment != null) {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void aFailureAfterTheDelegatesJpaWriteLeavesNeitherTheRowNorTheInstance() {
        // The real delegate writes the agency row; the step after it fails in the same transaction.
        BpmnModelInstance probe = Bpmn.createExecutableProcess("transactionProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("write").camundaDelegateExpression("${applyContactPathChange}")
                .serviceTask("fail").camundaExpression("${execution.getVariable('saknas').length()}")
                .endEvent()
                .done();
        deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("transactionProbe.bpmn", probe).deploy();
        String emailBefore = agencies.findById("hab").orElseThrow().getEmail();

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("transactionProbe",
                Map.of("agencyCode", "hab", "newEmail", "ny.adress@region.example.se", "reason", "Test")))
                .isNotNull();

        assertThat(agencies.findById("hab").orElseThrow().getEmail()).isEqualTo(emailBefore);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("transactionProbe").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("transactionProbe").count()).isZero();
    }

    @Test
    void withoutTheFailureTheSameStepsCommitBoth() {
        BpmnModelInstance probe = Bpmn.createExecutableProcess("transactionProbe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("write").camundaDelegateExpression("${applyContactPathChange}")
                .userTask("wait")
                .endEvent()
                .done();
        deployment = engine.getRepositoryService().createDeployment()
                .addModelInstance("transactionProbe.bpmn", probe).deploy();
        String emailBefore = agencies.findById("hab").orElseThrow().getEmail();
        try {
            engine.getRuntimeService().startProcessInstanceByKey("transactionProbe",
                    Map.of("agencyCode", "hab", "newEmail", "ny.adress@region.example.se", "reason", "Test"));
            assertThat(agencies.findById("hab").orElseThrow().getEmail()).isEqualTo("ny.adress@region.example.se");
            assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey("transactionProbe").count()).isOne();
        } finally {
            new TransactionTemplate(transactionManager).executeWithoutResult(
                    status -> agencies.findById("hab").orElseThrow().changeContactPath(emailBefore, null, null));
        }
    }
}
