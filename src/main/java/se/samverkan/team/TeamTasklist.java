package se.samverkan.team;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.platform.CardVariables;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StaffGroups;
import se.samverkan.platform.StartFormOptions;
import se.samverkan.platform.StartPermission;

/**
 * A team's members work in a group of their own and pre-register cases for it; process leaders start
 * the meeting cycle when they set a team up. Its tasks show the meeting's time, the team and the municipality.
 */
@Configuration(proxyBeanMethods = false)
class TeamTasklist {

    @Bean
    StaffGroups teamGroups(TeamRepository teams) {
        return () -> teams.findAll().stream().map(t -> new StaffGroups.StaffGroup(t.getCode(), t.getName())).toList();
    }

    @Bean
    StartPermission teamMeetingCycleStart() {
        return StartPermission.of(TeamMeetingCycleProcess.KEY, () -> List.of(Roles.PROCESS_LEADERS));
    }

    @Bean
    StartPermission teamCaseStart(TeamRepository teams) {
        return StartPermission.of(TeamCaseProcess.KEY, () -> Roles.withProcessLeaders(teamCodes(teams)));
    }

    /** Any team of the application's own table, also one set up after the form was last edited. */
    @Bean
    StartFormOptions teamCaseStartOptions(TeamRepository teams) {
        return (processKey, fieldKey) -> TeamCaseProcess.KEY.equals(processKey) && "team".equals(fieldKey)
                ? teamCodes(teams) : null;
    }

    @Bean
    CardVariables teamCards() {
        return CardVariables.of(2, TeamMeetingCycleProcess.MEETING_TIME_TEXT, "Möte",
                TeamMeetingCycleProcess.TEAM_CODE, "Team", TeamMeetingCycleProcess.MUNICIPALITY, "Kommun");
    }

    private static List<String> teamCodes(TeamRepository teams) {
        return teams.findAll().stream().map(Team::getCode).toList();
    }
}
