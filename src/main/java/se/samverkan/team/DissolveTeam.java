package se.samverkan.team;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Avveckla teamet" after the message "TeamDissolved". */
@Component("dissolveTeam")
public class DissolveTeam implements JavaDelegate {

    private final TeamMeetingService meetings;

    public DissolveTeam(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.dissolve(Route.of(execution).code(TeamMeetingCycleProcess.TEAM_CODE));
    }
}
