package se.samverkan.staircase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;

/** Start of "Samverkanstrappa i fyra steg". */
@Component("startInitiative")
public class StartInitiative implements ExecutionListener {

    private final InitiativeService service;

    public StartInitiative(InitiativeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormData form = FormData.of(execution);
        CooperationInitiative initiative = service.start(form.text("title"), form.text("departments"),
                CurrentUser.idOf(CurrentUser.of(execution)));
        execution.setVariable(StaircaseProcess.INITIATIVE_ID, initiative.getId());
    }
}
