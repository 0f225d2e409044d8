package se.samverkan.agency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;

/** Start event of "Ändra kontaktväg": checks the request before anything is stored. */
@Component("validateContactPathChange")
public class ValidateContactPathChange implements ExecutionListener {

    private final ContactPathChangeService service;

    public ValidateContactPathChange(ContactPathChangeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Agency agency = service.checkRequest(ContactPathChangeVariables.request(execution),
                CurrentUser.groupsOf(CurrentUser.of(execution)));
        execution.setVariable(ContactPathChangeProcess.AGENCY_NAME, agency.getName());
    }
}
