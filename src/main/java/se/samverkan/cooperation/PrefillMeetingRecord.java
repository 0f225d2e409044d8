package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormOptions;
import se.samverkan.platform.Route;

/**
 * "Genomför samverkansmöte", on create: the agencies that said they come start ticked as attending, and the
 * areas the meeting was called for as discussed.
 */
@Component("prefillMeetingRecord")
public class PrefillMeetingRecord implements TaskListener {

    private final MeetingService meetings;

    public PrefillMeetingRecord(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        Long meetingId = Route.of(task).id(MEETING_ID);
        // Not task-local: completing a task writes the submitted values to the execution, and a local
        // value would hide them from the complete listener.
        task.setVariable(ATTENDING_AGENCIES, FormOptions.checked(meetings.expectedAttendance(meetingId)));
        task.setVariable(DISCUSSED_AREAS, FormOptions.checked(meetings.plannedAreas(meetingId)));
    }
}
