package se.samverkan.staircase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Sammanfatta initiativet": the initiative is complete; its summary is ready. */
@Component("completeInitiative")
public class CompleteInitiative implements JavaDelegate {

    private final InitiativeService service;

    public CompleteInitiative(InitiativeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long id = Route.of(execution).id(StaircaseProcess.INITIATIVE_ID);
        service.complete(id);
        execution.setVariable("summaryUrl", "/api/initiatives/" + id + "/summary.pdf");
    }
}
