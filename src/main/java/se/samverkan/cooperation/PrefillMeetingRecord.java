package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormOptions;
import se.samverkan.platform.Route;

/** "Genomför samverkansmöte", on create: the agencies that said they come start ticked as attending. */
@Component("prefillMeetingRecord")
public class PrefillMeetingRecord implements TaskListener {

    private final MeetingService meetings;

    public PrefillMeetingRecord(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(ATTENDING_AGENCIES,
                FormOptions.checked(meetings.expectedAttendance(Route.of(task).id(MEETING_ID))));
    }
}
