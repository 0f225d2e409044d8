package se.samverkan.staircase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Sammanfatta initiativet": the initiative is complete; its summary is ready. */
@Component("completeInitiative")
public class CompleteInitiative implements JavaDelegate {

    private final InitiativeService service;

    public CompleteInitiative(InitiativeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = (Long) execution.getVariable(StaircaseProcess.INITIATIVE_ID);
        service.complete(id);
        execution.setVariable("summaryUrl", "/api/initiatives/" + id + "/summary.pdf");
    }
}
