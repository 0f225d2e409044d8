package se.samverkan.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Meddela parterna": every agency that was invited, and the coordinator, is told. */
@Component("notifyConsentWithdrawn")
public class NotifyConsentWithdrawn implements JavaDelegate {

    private final CooperationMail mail;

    public NotifyConsentWithdrawn(CooperationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.notifyConsentWithdrawn(Route.of(execution).id(ChildCooperationProcess.CASE_ID));
    }
}
