package se.samverkan.team;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Meddela att anmälan är öppen": members and deputies are told by mail. */
@Component("openRegistration")
public class OpenRegistration implements JavaDelegate {

    private final TeamMail mail;

    public OpenRegistration(TeamMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.registrationOpen(Route.of(execution).id(TeamMeetingCycleProcess.MEETING_ID));
    }
}
