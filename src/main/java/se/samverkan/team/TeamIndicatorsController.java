package se.samverkan.team;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.http.HttpStatus;
import se.samverkan.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A team's indicators, read-only, for supervisors and process leaders. */
@RestController
public class TeamIndicatorsController {

    private final TeamMeetingService meetings;
    private final IdentityService identity;

    public TeamIndicatorsController(TeamMeetingService meetings, ProcessEngine engine) {
        this.meetings = meetings;
        this.identity = engine.getIdentityService();
    }

    @GetMapping("/api/teams/{teamCode}/indicators")
    public Map<String, Object> indicators(@PathVariable String teamCode) {
        List<String> groups = CurrentUser.groupsOrNone(identity);
        return meetings.indicators(teamCode, groups);
    }

    @ExceptionHandler(TeamCaseService.NotTeamMember.class)
    ResponseEntity<String> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Indikatorerna är till för chefer och processledare.");
    }
}
