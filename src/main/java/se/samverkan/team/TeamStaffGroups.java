package se.samverkan.team;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverkan.platform.StaffGroups;

/** Each team's members work in a group of their own, named like the team. */
@Component
@Order(2)
class TeamStaffGroups implements StaffGroups {

    private final TeamRepository teams;

    TeamStaffGroups(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public List<StaffGroup> groups() {
        return teams.findAll().stream().map(team -> new StaffGroup(team.getCode(), team.getName())).toList();
    }
}
