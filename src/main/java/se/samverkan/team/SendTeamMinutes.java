package se.samverkan.team;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Skicka minnesanteckningar": the minutes as PDF to members and deputies. */
@Component("sendTeamMinutes")
public class SendTeamMinutes implements JavaDelegate {

    private final TeamMail mail;

    public SendTeamMinutes(TeamMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.minutes(Route.of(execution).id(TeamMeetingCycleProcess.MEETING_ID));
    }
}
