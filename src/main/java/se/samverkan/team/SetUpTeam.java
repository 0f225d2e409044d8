package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Roles;

/** Start of "Samverkansteamets träffar": sets the team up; one running cycle per team. */
@Component("setUpTeam")
public class SetUpTeam implements ExecutionListener {

    private final TeamSetupService setup;

    public SetUpTeam(TeamSetupService setup) {
        this.setup = setup;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CurrentUser user = CurrentUser.of(execution);
        if (user != null && !user.groups().contains(Roles.PROCESS_LEADERS)) {
            throw new FieldValidationException(MUNICIPALITY, "Kommun: bara processledare inrättar samverkansteam.");
        }
        FormData form = FormData.of(execution);
        String municipality = form.text(MUNICIPALITY);
        if (municipality != null && alreadyRunning(execution, TeamSetupService.teamCode(municipality))) {
            throw new FieldValidationException(MUNICIPALITY,
                    "Kommun: samverkansteamet i " + municipality + " har redan en pågående mötescykel.");
        }
        Map<Party, TeamSetupService.Person> members = new EnumMap<>(Party.class);
        Map<Party, TeamSetupService.Person> deputies = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            String p = party.fieldPrefix();
            members.put(party, new TeamSetupService.Person(form.text(p + "MemberName"), form.text(p + "MemberEmail")));
            deputies.put(party, new TeamSetupService.Person(form.text(p + "DeputyName"), form.text(p + "DeputyEmail")));
        }
        Team team = setup.setUp(new TeamSetupService.Setup(municipality, form.dateTime(FIRST_MEETING, "Första träffen"),
                form.text(MEETING_PLACE), form.number(REGISTRATION_DAYS_BEFORE, "Sista anmälningsdag"), members, deputies,
                form.text(LOCAL_PLAN)), CurrentUser.idOf(user));
        execution.setProcessBusinessKey(team.getCode());
        execution.setVariable(TEAM_CODE, team.getCode());
        execution.setVariable(CONVENING_GROUP, team.getConveningGroup());
        execution.setVariable(MEETING_AT, Date.from(team.getFirstMeetingAt()));
    }

    private static boolean alreadyRunning(DelegateExecution execution, String teamCode) {
        return Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
                .getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(teamCode).count() > 0);
    }
}
