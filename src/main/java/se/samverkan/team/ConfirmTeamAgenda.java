package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.FormData;

/** "Fastställ dagordning", on complete: theme, guests, information items, and possibly a new time. */
@Component("confirmTeamAgenda")
public class ConfirmTeamAgenda implements TaskListener {

    private final TeamMeetingService meetings;

    public ConfirmTeamAgenda(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        ZonedDateTime movedTo = null;
        if (Boolean.TRUE.equals(form.bool(MOVE_MEETING, "Flytta träffen"))) {
            movedTo = form.dateTime(NEW_MEETING_START, "Ny tid för träffen");
            if (movedTo == null) {
                throw new FieldValidationException(NEW_MEETING_START, "Ny tid för träffen: ange datum och tid.");
            }
        }
        TeamMeeting meeting = meetings.confirmAgenda((Long) task.getVariable(MEETING_ID), form.text(THEME),
                form.text(GUESTS), form.text(INFORMATION_ITEMS), movedTo);
        task.setVariable(MEETING_AT, Date.from(meeting.getMeetingAt()));
        task.setVariable(MEETING_TIME_TEXT, TeamMail.when(meeting));
    }
}
