package se.samverkan.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Skicka Barnets plan": every participating agency gets the link to its printable copy. */
@Component("distributeChildPlan")
public class DistributeChildPlan implements JavaDelegate {

    private final CooperationMail mail;

    public DistributeChildPlan(CooperationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.distributePlan(Route.of(execution).id(ChildCooperationProcess.PLAN_ID));
    }
}
