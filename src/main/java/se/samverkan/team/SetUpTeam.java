package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;

/** Start of "Samverkansteamets träffar": sets the team up. */
@Component("setUpTeam")
public class SetUpTeam implements ExecutionListener {

    private final TeamSetupService setup;

    public SetUpTeam(TeamSetupService setup) {
        this.setup = setup;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormData form = FormData.of(execution);
        Map<Party, TeamSetupService.Person> members = new EnumMap<>(Party.class);
        Map<Party, TeamSetupService.Person> deputies = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            String p = party.fieldPrefix();
            members.put(party, new TeamSetupService.Person(form.text(p + "MemberName"), form.text(p + "MemberEmail")));
            deputies.put(party, new TeamSetupService.Person(form.text(p + "DeputyName"), form.text(p + "DeputyEmail")));
        }
        CurrentUser user = CurrentUser.of(execution);
        Team team = setup.setUp(new TeamSetupService.Setup(form.text(MUNICIPALITY), form.dateTime(FIRST_MEETING, "Första träffen"),
                form.text(MEETING_PLACE), form.number(REGISTRATION_DAYS_BEFORE, "Sista anmälningsdag"), members, deputies,
                form.text(LOCAL_PLAN)), CurrentUser.idOf(user), CurrentUser.groupsOf(user));
        execution.setProcessBusinessKey(team.getCode());
        execution.setVariable(TEAM_CODE, team.getCode());
        execution.setVariable(CONVENING_GROUP, team.getConveningGroup());
        execution.setVariable(MEETING_AT, Date.from(team.getFirstMeetingAt()));
    }
}
