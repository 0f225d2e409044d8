package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Bjud in till samverkansmöte", on complete: the meeting, its invitations and its dates. */
@Component("planMeeting")
public class PlanMeeting implements TaskListener {

    private final MeetingService meetings;
    private final CooperationFormOptions options;

    public PlanMeeting(MeetingService meetings, CooperationFormOptions options) {
        this.meetings = meetings;
        this.options = options;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        MeetingService.PlannedMeeting planned = meetings.plan(Route.of(task).id(CASE_ID), new MeetingService.MeetingPlan(
                form.texts(MEETING_AREAS), form.texts(INVITED_AGENCIES), form.texts(ESTABLISHED_CARE_CONTACTS),
                form.dateTime(MEETING_START, "Mötets start"), form.number(MEETING_DURATION_MINUTES, "Längd (minuter)"),
                form.text(MEETING_PLACE), form.text(MEETING_LINK)), CurrentUser.idOf(CurrentUser.of(task)));
        CooperationMeeting meeting = planned.meeting();
        task.setVariable(MEETING_ID, meeting.getId());
        task.setVariable(MEETING_NUMBER, meeting.getMeetingNumber());
        task.setVariable(INVITED_AGENCIES, Variables.objectValue(new ArrayList<>(meeting.invitedAgencies()))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        task.setVariable(INVITED_AGENCY_OPTIONS, options.agencies(meeting.invitedAgencies()));
        task.setVariable(MEETING_TIME, Date.from(meeting.getStartsAt()));
        task.setVariable(MEETING_TIME_TEXT, CooperationMail.when(meeting));
        task.setVariable(MEETING_PLACE_TEXT, CooperationMail.where(meeting));
        task.setVariable(ANSWER_DEADLINE, Date.from(planned.schedule().answerDeadline()));
        task.setVariable(ANSWER_REMINDER_TIME, Date.from(planned.schedule().answerReminder()));
        task.setVariable(MEETING_RECORD_DEADLINE, Date.from(planned.schedule().recordDeadline()));
    }
}
