package se.samverkan.team;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.ClockConfiguration;

/** "Teamets ärenden" for the teams the user is a member of (one Camunda group per team). */
@Service
@Transactional(readOnly = true)
public class TeamOverviewService {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv-SE"));

    private final TeamRepository teams;
    private final TeamMeetingRepository meetings;
    private final TeamCaseRepository cases;
    private final Clock clock;

    public TeamOverviewService(TeamRepository teams, TeamMeetingRepository meetings, TeamCaseRepository cases,
            Clock clock) {
        this.teams = teams;
        this.meetings = meetings;
        this.cases = cases;
        this.clock = clock;
    }

    public List<TeamOverview> forMember(Collection<String> userGroups) {
        Instant now = clock.instant();
        return teams.findAllById(userGroups).stream().filter(team -> team.getDissolvedAt() == null)
                .map(team -> overview(team, now)).toList();
    }

    private TeamOverview overview(Team team, Instant now) {
        // The träff is planned (a row) some weeks ahead; before that the team's schedule says when it is.
        Instant scheduled = team.nextMeetingAfter(now);
        TeamOverview.Meeting next = meetings.findByTeamCodeOrderByMeetingAt(team.getCode()).stream()
                .filter(m -> m.getStatus() != TeamMeeting.Status.HELD && m.getMeetingAt().isAfter(now)).findFirst()
                .map(m -> new TeamOverview.Meeting(when(m.getMeetingAt()), m.getPlace(),
                        m.getStatus() == TeamMeeting.Status.AGENDA_CONFIRMED, m.getTheme(), m.getGuests(),
                        m.getInformationItems()))
                .orElse(scheduled == null ? null
                        : new TeamOverview.Meeting(when(scheduled), team.getMeetingPlace(), false, null, null, null));
        List<TeamOverview.Case> coming = cases.findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc(team.getCode()).stream()
                .filter(c -> c.getMeetingAt().isAfter(now))
                .map(c -> new TeamOverview.Case(when(c.getMeetingAt()), typeName(c.getCaseType()),
                        partyName(c.getRaisingParty()), c.getQuestion(), c.getDescription(), c.isLateRegistration()))
                .toList();
        return new TeamOverview(team.getCode(), team.getName(), next, coming);
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ClockConfiguration.SWEDEN));
    }

    private static String typeName(String code) {
        return Arrays.stream(TeamCodes.TeamCaseType.values()).filter(t -> t.name().equals(code)).findFirst()
                .map(TeamCodes.TeamCaseType::displayName).orElse(code);
    }

    private static String partyName(String code) {
        return Arrays.stream(Party.values()).filter(p -> p.name().equals(code)).findFirst().map(Party::displayName)
                .orElse(code);
    }
}
