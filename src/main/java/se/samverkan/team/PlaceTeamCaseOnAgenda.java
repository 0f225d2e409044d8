package se.samverkan.team;

import static se.samverkan.team.TeamCaseProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Föranmäl till träffen": stores the case for the team's next open meeting. */
@Component("placeTeamCaseOnAgenda")
public class PlaceTeamCaseOnAgenda implements JavaDelegate {

    private final TeamCaseService service;

    public PlaceTeamCaseOnAgenda(TeamCaseService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TeamCase teamCase = service.register(TeamCaseVariables.registration(execution),
                Route.of(execution).code("initiator"), execution.getProcessInstanceId());
        execution.setVariable(TEAM_CASE_ID, teamCase.getId());
        execution.setVariable(MEETING_AT, Date.from(teamCase.getMeetingAt()));
        execution.setVariable(LATE_REGISTRATION, teamCase.isLateRegistration());
    }
}
