package se.samverkan.cooperation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Påminn om obesvarade inbjudningar": tells the coordinator which agencies have not answered. */
@Component("remindAboutAnswers")
public class RemindAboutAnswers implements JavaDelegate {

    private final CooperationMail mail;

    public RemindAboutAnswers(CooperationMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.remindAboutAnswers(Route.of(execution).id(ChildCooperationProcess.MEETING_ID));
    }
}
