package se.samverkan.team;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Skicka kallelse och dagordning": to members and deputies, with a calendar invitation. */
@Component("sendTeamNotice")
public class SendTeamNotice implements JavaDelegate {

    private final TeamMail mail;

    public SendTeamNotice(TeamMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.notice(Route.of(execution).id(TeamMeetingCycleProcess.MEETING_ID));
    }
}
