package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Dokumentera träffen", on complete: attendance, each case's discussion, and the next meeting's date. */
@Component("recordTeamMeeting")
public class RecordTeamMeeting implements TaskListener {

    private final TeamMeetingService meetings;

    public RecordTeamMeeting(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        Route route = Route.of(task);
        MinutesInput minutes = MinutesInput.read(form, route);
        TeamMeetingService.RecordedTeamMeeting recorded = meetings.record(route.id(MEETING_ID), minutes.presence(),
                minutes.cases(), form.text(MEETING_NOTES), form.text(NEXT_CONVENING), form.text(LOCAL_PLAN_REVISION),
                CurrentUser.idOf(CurrentUser.of(task)));
        if (recorded.conveningGroup() != null) {
            task.setVariable(CONVENING_GROUP, recorded.conveningGroup());
        }
        task.setVariable(MEETING_AT, Date.from(recorded.nextMeetingAt()));
        // The gateway after the minutes reads a boolean, whatever the client sent; unanswered means continue.
        Boolean continues = form.bool(TEAM_CONTINUES, "Fortsätter teamet?");
        task.setVariable(TEAM_CONTINUES, continues == null || continues);
    }
}
