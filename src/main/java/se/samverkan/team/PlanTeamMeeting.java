package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Planera träff": the meeting row and the dates of this cycle. */
@Component("planTeamMeeting")
public class PlanTeamMeeting implements JavaDelegate {

    private final TeamMeetingService meetings;

    public PlanTeamMeeting(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Route route = Route.of(execution);
        TeamMeetingService.PlannedTeamMeeting planned = meetings.plan(route.code(TEAM_CODE), route.instant(MEETING_AT));
        execution.setVariable(MEETING_ID, planned.meeting().getId());
        execution.setVariable(MEETING_TIME_TEXT, TeamMail.when(planned.meeting()));
        execution.setVariable(REGISTRATION_OPENS_AT, Date.from(planned.registrationOpensAt()));
        execution.setVariable(REGISTRATION_DEADLINE, Date.from(planned.registrationDeadline()));
    }
}
