package se.samverkan.team;

import static se.samverkan.team.TeamCaseProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;

/** Start of "Föranmäl ärende": refuses what is incomplete, for another team, or not anonymised. */
@Component("validateTeamCase")
public class ValidateTeamCase implements ExecutionListener {

    private final TeamCaseService service;

    public ValidateTeamCase(TeamCaseService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateExecution execution) {
        service.check(TeamCaseVariables.registration(execution), CurrentUser.groupsOf(CurrentUser.of(execution)));
    }
}
