package se.samverkan.team;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartPermission;

/** Process leaders start "Samverkansteamets träffar" when they set a team up. */
@Configuration(proxyBeanMethods = false)
class TeamMeetingCycleStarters {

    @Bean
    StartPermission teamMeetingCycleStart() {
        return StartPermission.of(TeamMeetingCycleProcess.KEY, () -> List.of(Roles.PROCESS_LEADERS));
    }
}
