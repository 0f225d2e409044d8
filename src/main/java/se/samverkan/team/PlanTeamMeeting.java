package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Planera träff": the meeting row and the dates of this cycle (registration opens three weeks before). */
@Component("planTeamMeeting")
public class PlanTeamMeeting implements JavaDelegate {

    static final Duration REGISTRATION_OPEN_BEFORE = Duration.ofDays(21);

    private final TeamMeetingService meetings;

    public PlanTeamMeeting(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String teamCode = (String) execution.getVariable(TEAM_CODE);
        Instant meetingAt = ((Date) execution.getVariable(MEETING_AT)).toInstant();
        TeamMeeting meeting = meetings.plan(teamCode, meetingAt);
        Instant now = Instant.now();
        Instant opens = meetingAt.minus(REGISTRATION_OPEN_BEFORE);
        Instant deadline = meetings.team(teamCode).registrationDeadline(meetingAt);
        execution.setVariable(MEETING_ID, meeting.getId());
        execution.setVariable(MEETING_TIME_TEXT, TeamMail.when(meeting));
        execution.setVariable(REGISTRATION_OPENS_AT, Date.from(opens.isBefore(now) ? now : opens));
        execution.setVariable(REGISTRATION_DEADLINE, Date.from(deadline.isBefore(now) ? now : deadline));
    }
}
