package se.samverkan.team;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartFormOptions;
import se.samverkan.platform.StartPermission;

/** Team members (and process leaders) pre-register cases for their team. */
@Component
class TeamCaseStarters implements StartPermission, StartFormOptions {

    private final TeamRepository teams;

    TeamCaseStarters(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public String processKey() {
        return TeamCaseProcess.KEY;
    }

    @Override
    public Collection<String> groups() {
        List<String> groups = new ArrayList<>(teams.findAll().stream().map(Team::getCode).toList());
        groups.add(Roles.PROCESS_LEADERS);
        return groups;
    }

    /** Any team of the application's own table, also one set up after the form was last edited. */
    @Override
    public List<String> values(String processKey, String fieldKey) {
        return TeamCaseProcess.KEY.equals(processKey) && "team".equals(fieldKey)
                ? teams.findAll().stream().map(Team::getCode).toList() : null;
    }
}
