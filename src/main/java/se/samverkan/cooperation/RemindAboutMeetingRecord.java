package se.samverkan.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Påminn om mötesanteckningar": the meeting date passed without a record. */
@Component("remindAboutMeetingRecord")
public class RemindAboutMeetingRecord implements JavaDelegate {

    private final CooperationMail mail;

    public RemindAboutMeetingRecord(CooperationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.remindAboutMeetingRecord(Route.of(execution).id(ChildCooperationProcess.MEETING_ID));
    }
}
