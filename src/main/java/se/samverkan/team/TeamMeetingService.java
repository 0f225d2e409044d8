package se.samverkan.team;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Roles;

/** The four-weekly träff: planning, the agenda, the record, follow-ups carried forward, indicators. */
@Service
@Transactional
public class TeamMeetingService {

    /** About three hours: the agenda holds at most this many cases; the rest go to the next meeting. */
    public static final int MAX_AGENDA_CASES = 10;

    private final TeamRepository teams;
    private final TeamMeetingRepository meetings;
    private final TeamCaseRepository teamCases;
    private final TeamCaseDiscussionRepository discussions;
    private final TeamSetupService setup;
    private final Clock clock;

    public TeamMeetingService(TeamRepository teams, TeamMeetingRepository meetings, TeamCaseRepository teamCases,
            TeamCaseDiscussionRepository discussions, TeamSetupService setup, Clock clock) {
        this.teams = teams;
        this.meetings = meetings;
        this.teamCases = teamCases;
        this.discussions = discussions;
        this.setup = setup;
        this.clock = clock;
    }

    /** Registration opens three weeks before a meeting. */
    static final Duration REGISTRATION_OPEN_BEFORE = Duration.ofDays(21);

    /** A planned meeting and when registration for it opens and closes (never in the past). */
    public record PlannedTeamMeeting(TeamMeeting meeting, Instant registrationOpensAt, Instant registrationDeadline) {
    }

    public PlannedTeamMeeting plan(String teamCode, Instant meetingAt) {
        Team team = teams.findById(teamCode).orElseThrow();
        TeamMeeting meeting = meetings.save(new TeamMeeting(teamCode, meetingAt, team.getMeetingPlace()));
        Instant now = clock.instant();
        return new PlannedTeamMeeting(meeting, notBefore(meetingAt.minus(REGISTRATION_OPEN_BEFORE), now),
                notBefore(team.registrationDeadline(meetingAt), now));
    }

    /** A date the process waits for; one already passed is due now. */
    static Instant notBefore(Instant at, Instant now) {
        return at.isBefore(now) ? now : at;
    }

    public Team team(String teamCode) {
        return teams.findById(teamCode).orElseThrow();
    }

    /** The cases registered for (or carried to) this meeting, oldest first; overflow moves on. */
    public List<TeamCase> compileAgenda(Long meetingId) {
        TeamMeeting meeting = meetings.findById(meetingId).orElseThrow();
        List<TeamCase> registered = teamCases.findByTeamCodeAndMeetingAtLessThanEqualOrderByMeetingAtAscRegisteredAtAsc(
                meeting.getTeamCode(), meeting.getMeetingAt());
        // A case discussed without follow-up is settled and stays at the meeting it was discussed at;
        // one with follow-up was moved on to the next meeting and is due there. One query for all of them.
        Set<Long> settled = registered.isEmpty() ? Set.of() : discussions.findByFollowUpNeededFalseAndTeamCaseIdIn(
                        registered.stream().map(TeamCase::getId).toList()).stream()
                .map(TeamCaseDiscussion::getTeamCaseId).collect(Collectors.toSet());
        List<TeamCase> due = registered.stream()
                .filter(c -> !settled.contains(c.getId()))
                .toList();
        List<TeamCase> agenda = new ArrayList<>(due.subList(0, Math.min(due.size(), MAX_AGENDA_CASES)));
        Instant next = nextMeetingAfter(meeting);
        due.subList(agenda.size(), due.size()).forEach(c -> c.moveTo(next));
        agenda.forEach(c -> c.moveTo(meeting.getMeetingAt()));
        return agenda;
    }

    public List<TeamCase> agenda(Long meetingId) {
        return agendaOf(meetings.findById(meetingId).orElseThrow());
    }

    public List<TeamCase> agendaOf(TeamMeeting meeting) {
        return teamCases.findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc(meeting.getTeamCode()).stream()
                .filter(c -> c.getMeetingAt().equals(meeting.getMeetingAt())).limit(MAX_AGENDA_CASES).toList();
    }

    /** The convenor confirms the agenda, and may move the meeting; its cases move with it. */
    public TeamMeeting confirmAgenda(Long meetingId, String theme, String guests, String informationItems,
            boolean move, ZonedDateTime movedTo) {
        TeamMeeting meeting = meetings.findById(meetingId).orElseThrow();
        if (move && movedTo == null) {
            throw new FieldValidationException("newMeetingStart", "Ny tid för träffen: ange datum och tid.");
        }
        if (move) {
            if (!movedTo.toInstant().isAfter(clock.instant())) {
                throw new FieldValidationException("newMeetingStart", "Ny tid för träffen: ange en tid i framtiden.");
            }
            List<TeamCase> agenda = agenda(meetingId);
            meeting.moveTo(movedTo.toInstant());
            agenda.forEach(c -> c.moveTo(movedTo.toInstant()));
        }
        meeting.confirmAgenda(trim(theme), trim(guests), trim(informationItems));
        return meeting;
    }

    public record CaseRecord(Long teamCaseId, String problem, String proposedSolutions, boolean followUpNeeded) {
    }

    /** What the record decided for the cycle: the next meeting, and who convenes it when that changed. */
    public record RecordedTeamMeeting(TeamMeeting meeting, Instant nextMeetingAt, String conveningGroup) {
    }

    /**
     * The record of the meeting: every party's presence, and for every case on the agenda the problem
     * discussion, proposed solutions and whether it needs follow-up (then it goes on the next agenda).
     */
    public RecordedTeamMeeting record(Long meetingId, Map<Party, String> presence, List<CaseRecord> cases, String notes,
            String nextConvening, String localPlanRevision, String userId) {
        TeamMeeting meeting = meetings.findById(meetingId).orElseThrow();
        Map<Party, TeamMeeting.Presence> attendance = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            String value = presence.get(party);
            try {
                attendance.put(party, TeamMeeting.Presence.valueOf(value));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new FieldValidationException(MinutesInput.presenceField(party),
                        party.displayName() + ": ange om ledamoten, ersättaren eller ingen deltog.");
            }
        }
        List<TeamCase> agenda = agenda(meetingId);
        Instant next = nextMeetingAfter(meeting);
        for (int i = 0; i < agenda.size(); i++) {
            TeamCase teamCase = agenda.get(i);
            CaseRecord record = cases.stream().filter(c -> teamCase.getId().equals(c.teamCaseId())).findFirst().orElse(null);
            if (record == null || record.problem() == null || record.problem().isBlank()) {
                throw new FieldValidationException(MinutesInput.caseField(i + 1, "Problem"),
                        "Ärende " + (i + 1) + ": beskriv problemdiskussionen.");
            }
            discussions.save(new TeamCaseDiscussion(teamCase.getId(), meetingId, record.problem().trim(),
                    trim(record.proposedSolutions()), record.followUpNeeded()));
            if (record.followUpNeeded()) {
                teamCase.moveTo(next);
            }
        }
        Team team = teams.findById(meeting.getTeamCode()).orElseThrow();
        String conveningGroup = conveningGroup(nextConvening, team.getCode());
        if (conveningGroup != null) {
            team.handConveningTo(conveningGroup);
        }
        if (localPlanRevision != null && !localPlanRevision.isBlank()) {
            setup.reviseLocalPlan(team.getCode(), localPlanRevision, userId);
        }
        meeting.record(attendance, trim(notes), clock.instant());
        return new RecordedTeamMeeting(meeting, next, conveningGroup);
    }

    /** "Sammankallande framöver": the team's own members, or the process leaders; unanswered keeps who it is. */
    static String conveningGroup(String convening, String teamCode) {
        if (convening == null) {
            return null;
        }
        return TeamCodes.Convening.TEAM.name().equals(convening) ? teamCode : Roles.PROCESS_LEADERS;
    }

    /** Every four weeks from this meeting. */
    public Instant nextMeetingAfter(TeamMeeting meeting) {
        return meeting.getMeetingAt().plus(Duration.ofDays(Team.MEETING_INTERVAL_DAYS));
    }

    public List<TeamCaseDiscussion> discussionsOf(Long meetingId) {
        return discussions.findByTeamMeetingIdOrderById(meetingId);
    }

    /** The cases the meeting discussed, in agenda order (follow-ups have already moved on). */
    public List<TeamCase> discussedCases(Long meetingId) {
        return discussions.findByTeamMeetingIdOrderById(meetingId).stream()
                .map(d -> teamCases.findById(d.getTeamCaseId()).orElseThrow()).toList();
    }

    public void dissolve(String teamCode) {
        teams.findById(teamCode).orElseThrow().dissolve(clock.instant());
    }

    /** Indicators for supervisors and process leaders, from the team's own tables. */
    @Transactional(readOnly = true)
    public Map<String, Object> indicators(String teamCode, Collection<String> userGroups) {
        if (!userGroups.contains(Roles.SUPERVISORS) && !userGroups.contains(Roles.PROCESS_LEADERS)) {
            throw new TeamCaseService.NotTeamMember();
        }
        List<TeamMeeting> held = meetings.findByTeamCodeOrderByMeetingAt(teamCode).stream()
                .filter(m -> m.getStatus() == TeamMeeting.Status.HELD).toList();
        Map<String, Map<String, Long>> attendance = new LinkedHashMap<>();
        for (Party party : Party.values()) {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (TeamMeeting.Presence presence : TeamMeeting.Presence.values()) {
                counts.put(presence.name(), held.stream().filter(m -> m.presence().get(party) == presence).count());
            }
            attendance.put(party.name(), counts);
        }
        List<Long> caseIds = teamCases.findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc(teamCode).stream()
                .map(TeamCase::getId).toList();
        long discussed = held.stream().flatMap(m -> discussions.findByTeamMeetingIdOrderById(m.getId()).stream())
                .map(TeamCaseDiscussion::getTeamCaseId).distinct().count();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("team", teamCode);
        result.put("meetingsHeld", held.size());
        result.put("attendance", attendance);
        result.put("casesRegistered", caseIds.size());
        result.put("casesDiscussed", discussed);
        result.put("followUps", caseIds.isEmpty() ? 0 : discussions.countByFollowUpNeededTrueAndTeamCaseIdIn(caseIds));
        return result;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
