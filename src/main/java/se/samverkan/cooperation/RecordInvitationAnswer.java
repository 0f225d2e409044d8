package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Svara på inbjudan", on complete: one invited agency's answer. */
@Component("recordInvitationAnswer")
public class RecordInvitationAnswer implements TaskListener {

    private final MeetingService meetings;

    public RecordInvitationAnswer(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        meetings.recordAnswer(Route.of(task).id(MEETING_ID), Route.of(task).code(INVITED_AGENCY),
                form.text(INVITATION_ANSWER), form.text(PARTICIPANT_NAME), form.text(ANSWER_COMMENT),
                CurrentUser.idOf(CurrentUser.of(task)));
    }
}
