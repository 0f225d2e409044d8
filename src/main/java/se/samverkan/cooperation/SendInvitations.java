package se.samverkan.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Skicka inbjudningar": e-mail with a calendar invitation to each invited agency's contact path, with the
 * reply-by date the meeting was planned with. */
@Component("sendInvitations")
public class SendInvitations implements JavaDelegate {

    private final CooperationMail mail;

    public SendInvitations(CooperationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Route route = Route.of(execution);
        mail.sendInvitations(route.id(ChildCooperationProcess.MEETING_ID), route.instant(ChildCooperationProcess.ANSWER_DEADLINE));
    }
}
