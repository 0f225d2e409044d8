package se.samverkan.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Skicka inbjudningar": e-mail with a calendar invitation to each invited agency's contact path. */
@Component("sendInvitations")
public class SendInvitations implements JavaDelegate {

    private final CooperationMail mail;

    public SendInvitations(CooperationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.sendInvitations(Route.of(execution).id(ChildCooperationProcess.MEETING_ID));
    }
}
