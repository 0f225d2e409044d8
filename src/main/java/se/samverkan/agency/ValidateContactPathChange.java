package se.samverkan.agency;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Start event of "Ändra kontaktväg": checks the request before anything is stored. */
@Component("validateContactPathChange")
public class ValidateContactPathChange implements ExecutionListener {

    private final ContactPathChangeService service;

    public ValidateContactPathChange(ContactPathChangeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Collection<String> groups = authentication == null ? null : authentication.getGroupIds();
        Agency agency = service.checkRequest(ContactPathChangeVariables.request(execution), groups);
        execution.setVariable(ContactPathChangeProcess.AGENCY_NAME, agency.getName());
    }
}
