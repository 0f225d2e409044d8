package se.samverkan.team;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartPermission;

/** Process leaders start "Samverkansteamets träffar" when they set a team up. */
@Component
class TeamMeetingCycleStarters implements StartPermission {

    @Override
    public String processKey() {
        return TeamMeetingCycleProcess.KEY;
    }

    @Override
    public Collection<String> groups() {
        return List.of(Roles.PROCESS_LEADERS);
    }
}
