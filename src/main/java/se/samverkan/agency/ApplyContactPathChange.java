package se.samverkan.agency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Uppdatera kontaktväg": writes the approved contact path to the agency table. */
@Component("applyContactPathChange")
public class ApplyContactPathChange implements JavaDelegate {

    private final ContactPathChangeService service;

    public ApplyContactPathChange(ContactPathChangeService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.apply(ContactPathChangeVariables.request(execution));
    }
}
