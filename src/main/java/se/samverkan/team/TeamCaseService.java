package se.samverkan.team;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.Codes;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Roles;

/** Pre-registering questions and anonymised cases for a team's next meeting. */
@Service
@Transactional
public class TeamCaseService {


    private final TeamRepository teams;
    private final TeamCaseRepository teamCases;
    private final Clock clock;

    public TeamCaseService(TeamRepository teams, TeamCaseRepository teamCases, Clock clock) {
        this.teams = teams;
        this.teamCases = teamCases;
        this.clock = clock;
    }

    public record Registration(String teamCode, String caseType, String raisingParty, String question,
            String description, Boolean confirmedAnonymised) {
    }

    /** A registration the server accepts: for the user's own team, complete, and anonymised (rule 5). */
    @Transactional(readOnly = true)
    public Team check(Registration registration, Collection<String> userGroups) {
        if (registration.teamCode() == null || registration.teamCode().isBlank()) {
            throw new FieldValidationException("team", "Samverkansteam: välj ditt samverkansteam.");
        }
        Team team = teams.findById(registration.teamCode()).orElseThrow(() ->
                new FieldValidationException("team", "Samverkansteam: okänt samverkansteam."));
        if (userGroups != null && !userGroups.contains(team.getCode()) && !userGroups.contains(Roles.PROCESS_LEADERS)) {
            throw new FieldValidationException("team",
                    "Samverkansteam: du kan bara föranmäla ärenden till ett team du själv ingår i.");
        }
        if (!Codes.isOneOf(TeamCodes.TeamCaseType.class, registration.caseType())) {
            throw new FieldValidationException("caseType", "Typ: välj fråga eller individärende.");
        }
        if (!Codes.isOneOf(Party.class, registration.raisingParty())) {
            throw new FieldValidationException("raisingParty", "Part som tar upp ärendet: välj en av parterna.");
        }
        if (registration.question() == null || registration.question().isBlank()) {
            throw new FieldValidationException("question", "Fråga: skriv vad teamet ska ta ställning till.");
        }
        checkAnonymised("question", "Fråga", registration.question());
        checkAnonymised("description", "Avidentifierad beskrivning", registration.description());
        if ("INDIVIDUAL_CASE".equals(registration.caseType())) {
            if (registration.description() == null || registration.description().isBlank()) {
                throw new FieldValidationException("description",
                        "Avidentifierad beskrivning: beskriv ärendet utan uppgifter som pekar ut personen.");
            }
            if (!Boolean.TRUE.equals(registration.confirmedAnonymised())) {
                throw new FieldValidationException("confirmedAnonymised",
                        "Bekräftelse: bekräfta att ärendet är avidentifierat.");
            }
        }
        if (team.getFirstMeetingAt() == null) {
            throw new FieldValidationException("team", "Samverkansteam: teamet har ännu inga inplanerade träffar.");
        }
        return team;
    }

    private void checkAnonymised(String field, String label, String text) {
        Anonymisation.find(text, LocalDate.now(clock)).ifPresent(finding -> {
            throw new FieldValidationException(field, label + ": texten ser ut att innehålla " + finding.description()
                    + ". Avidentifiera ärendet innan det föranmäls.");
        });
    }

    /** Registers for the next meeting whose registration is still open; otherwise the one after. */
    public TeamCase register(Registration registration, String userId, String processInstanceId) {
        Team team = check(registration, null);
        Instant now = clock.instant();
        Instant meeting = team.nextMeetingAfter(now);
        boolean late = now.isAfter(team.registrationDeadline(meeting));
        if (late) {
            meeting = team.nextMeetingAfter(meeting.plusSeconds(1));
        }
        return teamCases.save(new TeamCase(team.getCode(), registration.caseType(), registration.raisingParty(),
                registration.question().trim(), registration.description() == null ? null : registration.description().trim(),
                meeting, late, userId, processInstanceId, now));
    }

    /** A team's cases, for its members and the process leaders only. */
    @Transactional(readOnly = true)
    public List<TeamCase> casesOf(String teamCode, Collection<String> userGroups) {
        if (!userGroups.contains(teamCode) && !userGroups.contains(Roles.PROCESS_LEADERS)) {
            throw new NotTeamMember();
        }
        return teamCases.findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc(teamCode);
    }

    /** The user is not a member of the team. */
    public static class NotTeamMember extends RuntimeException {
    }
}
