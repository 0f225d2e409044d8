package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;

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
        CooperationMeeting meeting = meetings.plan((Long) task.getVariable(CASE_ID), new MeetingService.MeetingPlan(
                form.texts(MEETING_AREAS), form.texts(INVITED_AGENCIES), form.texts(ESTABLISHED_CARE_CONTACTS),
                form.dateTime(MEETING_START, "Mötets start"), form.number(MEETING_DURATION_MINUTES, "Längd (minuter)"),
                form.text(MEETING_PLACE), form.text(MEETING_LINK)));
        Instant start = meeting.getStartsAt();
        Instant now = Instant.now();
        // Remind two days ahead, or halfway there when the meeting is sooner than that.
        Instant reminder = start.minus(Duration.ofDays(2)).isAfter(now) ? start.minus(Duration.ofDays(2))
                : now.plus(Duration.between(now, start).dividedBy(2));
        Instant answerDeadline = start.minus(Duration.ofDays(1)).isAfter(now) ? start.minus(Duration.ofDays(1)) : start;
        task.setVariable(MEETING_ID, meeting.getId());
        task.setVariable(MEETING_NUMBER, meeting.getMeetingNumber());
        task.setVariable(INVITED_AGENCIES, Variables.objectValue(new ArrayList<>(meeting.invitedAgencies()))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        task.setVariable(INVITED_AGENCY_OPTIONS, options.agencies(meeting.invitedAgencies()));
        task.setVariable(MEETING_TIME, Date.from(start));
        task.setVariable(MEETING_TIME_TEXT, CooperationMail.when(meeting));
        task.setVariable(MEETING_PLACE_TEXT, CooperationMail.where(meeting));
        task.setVariable(ANSWER_DEADLINE, Date.from(answerDeadline));
        task.setVariable(ANSWER_REMINDER_TIME, Date.from(reminder));
        task.setVariable(MEETING_RECORD_DEADLINE, Date.from(start.plus(Duration.ofDays(2))));
    }
}
