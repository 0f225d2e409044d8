package se.samverkan.staircase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** Each of the four steps, on complete: the step's question must be answered. */
@Component("recordInitiativeStep")
public class RecordInitiativeStep implements TaskListener {

    private final InitiativeService service;

    public RecordInitiativeStep(InitiativeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        InitiativeStep step = InitiativeStep.ofTask(task.getTaskDefinitionKey());
        service.answer(Route.of(task).id(StaircaseProcess.INITIATIVE_ID), step, FormData.of(task).text(step.field()));
    }
}
