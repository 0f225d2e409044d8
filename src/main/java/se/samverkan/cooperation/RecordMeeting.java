package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Genomför samverkansmöte", on complete. */
@Component("recordMeeting")
public class RecordMeeting implements TaskListener {

    private final MeetingService meetings;
    private final CooperationFormOptions options;

    public RecordMeeting(MeetingService meetings, CooperationFormOptions options) {
        this.meetings = meetings;
        this.options = options;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        CooperationMeeting meeting = meetings.recordMeeting(Route.of(task).id(MEETING_ID),
                new MeetingService.MeetingRecord(form.texts(ATTENDING_AGENCIES),
                        Boolean.TRUE.equals(form.bool(FAMILY_PRESENT, "Familjen deltog")),
                        form.bool(INFORMATION_SHARING_AGREED, "Överenskommelse om information"),
                        form.texts(DISCUSSED_AREAS), form.text(CHILD_VIEWS), form.text(GUARDIAN_VIEWS),
                        form.text(VIEWS_MISSING_REASON), form.text(MEETING_NOTES)),
                CurrentUser.idOf(CurrentUser.of(task)));
        task.setVariable(PARTICIPANT_OPTIONS, options.agencies(meeting.getAttendingAgencies()));
    }
}
