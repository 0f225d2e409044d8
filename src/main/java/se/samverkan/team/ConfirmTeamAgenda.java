package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

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
        boolean move = Boolean.TRUE.equals(form.bool(MOVE_MEETING, "Flytta träffen"));
        TeamMeeting meeting = meetings.confirmAgenda(Route.of(task).id(MEETING_ID), form.text(THEME),
                form.text(GUESTS), form.text(INFORMATION_ITEMS), move,
                move ? form.dateTime(NEW_MEETING_START, "Ny tid för träffen") : null);
        task.setVariable(MEETING_AT, Date.from(meeting.getMeetingAt()));
        task.setVariable(MEETING_TIME_TEXT, TeamMail.when(meeting));
    }
}
