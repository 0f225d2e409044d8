package se.samverkan.team;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartFormOptions;
import se.samverkan.platform.StartPermission;

/** Team members (and process leaders) pre-register cases for their team. */
@Configuration(proxyBeanMethods = false)
class TeamCaseStarters {

    @Bean
    StartPermission teamCaseStart(TeamRepository teams) {
        return StartPermission.of(TeamCaseProcess.KEY,
                () -> Roles.withProcessLeaders(teams.findAll().stream().map(Team::getCode).toList()));
    }

    /** Any team of the application's own table, also one set up after the form was last edited. */
    @Bean
    StartFormOptions teamCaseStartOptions(TeamRepository teams) {
        return (processKey, fieldKey) -> TeamCaseProcess.KEY.equals(processKey) && "team".equals(fieldKey)
                ? teams.findAll().stream().map(Team::getCode).toList() : null;
    }
}
