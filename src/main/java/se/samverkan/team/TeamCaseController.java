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

/** A team's pre-registered cases, visible to that team (and the process leaders) only, and a member's overview. */
@RestController
public class TeamCaseController {

    private final TeamCaseService service;
    private final TeamOverviewService overviews;
    private final IdentityService identity;

    public TeamCaseController(TeamCaseService service, TeamOverviewService overviews, ProcessEngine engine) {
        this.service = service;
        this.overviews = overviews;
        this.identity = engine.getIdentityService();
    }

    /** "Teamets ärenden": the user's own teams; empty for anyone who is in none. */
    @GetMapping("/api/teams/mine")
    public List<TeamOverview> myTeams() {
        return overviews.forMember(CurrentUser.groupsOrNone(identity));
    }

    @GetMapping("/api/teams/{teamCode}/cases")
    public List<Map<String, Object>> cases(@PathVariable String teamCode) {
        List<String> groups = CurrentUser.groupsOrNone(identity);
        return service.casesOf(teamCode, groups).stream().map(c -> Map.<String, Object>of(
                "id", c.getId(),
                "caseType", c.getCaseType(),
                "raisingParty", c.getRaisingParty(),
                "question", c.getQuestion(),
                "description", c.getDescription() == null ? "" : c.getDescription(),
                "meetingAt", c.getMeetingAt().toString(),
                "lateRegistration", c.isLateRegistration())).toList();
    }

    @ExceptionHandler(TeamCaseService.NotTeamMember.class)
    ResponseEntity<String> forbidden() {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body("Du ingår inte i det samverkansteamet.");
    }
}
