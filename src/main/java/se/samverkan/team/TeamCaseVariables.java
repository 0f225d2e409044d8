package se.samverkan.team;

import static se.samverkan.team.TeamCaseProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import se.samverkan.platform.FormData;

/** Reads a registration from the start form's variables. */
final class TeamCaseVariables {

    private TeamCaseVariables() {
    }

    static TeamCaseService.Registration registration(VariableScope variables) {
        FormData form = FormData.of(variables);
        return new TeamCaseService.Registration(form.text(TEAM), form.text(CASE_TYPE), form.text(RAISING_PARTY),
                form.text(QUESTION), form.text(DESCRIPTION), form.bool(CONFIRMED_ANONYMISED, "Bekräftelse"));
    }
}
