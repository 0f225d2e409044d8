package se.samverkan.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.followup.FollowUpRows.CaseRow;
import se.samverkan.followup.FollowUpRows.ConsentRow;
import se.samverkan.followup.FollowUpRows.DiscussionRow;
import se.samverkan.followup.FollowUpRows.MeetingRow;
import se.samverkan.followup.FollowUpRows.PlanRow;
import se.samverkan.followup.FollowUpRows.SurveyQuestionRow;
import se.samverkan.followup.FollowUpRows.SurveyRoundRow;
import se.samverkan.followup.FollowUpRows.TeamMeetingRow;
import se.samverkan.followup.Indicators.Attendance;
import se.samverkan.followup.Indicators.Children;
import se.samverkan.followup.Indicators.MonthShare;
import se.samverkan.followup.Indicators.Named;
import se.samverkan.followup.Indicators.Quality;
import se.samverkan.followup.Indicators.Row;
import se.samverkan.followup.Indicators.SurveyComparison;
import se.samverkan.followup.Indicators.SurveyMean;
import se.samverkan.followup.Indicators.SurveyQuestion;
import se.samverkan.followup.Indicators.SurveyRound;
import se.samverkan.followup.Indicators.Target;
import se.samverkan.followup.Indicators.Teams;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Figure;
import se.samverkan.platform.Roles;

/**
 * Uppföljning: indicators per period for supervisors and process leaders, from the features' server-owned
 * tables (through the follow-up views), never from case content.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    /** Only supervisors (chefer) and process leaders see Uppföljning. */
    public static final class NotAllowed extends RuntimeException {
        NotAllowed() {
            super("Uppföljningen är till för chefer och processledare.");
        }
    }

    private static final Set<String> ACTIVATED = Set.of("ACTIVE", "CLOSED", "STOPPED");
    private static final String HELD = "HELD";

    /** The code of a principal's units in the unit choice ("huvudman:Växjö kommun"). */
    static final String PRINCIPAL = "huvudman:";

    private final FollowUpRows rows;
    private final AgencyRepository agencies;
    private final Clock clock;
    private final int targetDays;

    public FollowUpService(FollowUpRows rows, AgencyRepository agencies, Clock clock,
            @Value("${samverkan.followup.first-meeting-target-days:21}") int targetDays) {
        this.rows = rows;
        this.agencies = agencies;
        this.clock = clock;
        this.targetDays = targetDays;
    }

    public static void checkAllowed(Collection<String> userGroups) {
        if (userGroups == null
                || !(userGroups.contains(Roles.SUPERVISORS) || userGroups.contains(Roles.PROCESS_LEADERS))) {
            throw new NotAllowed();
        }
    }

    /**
     * The units and teams to choose among: each principal (all its units) followed by its units, then the
     * units without a recorded principal.
     */
    public Map<String, List<Named>> choices(Collection<String> userGroups) {
        checkAllowed(userGroups);
        List<Agency> all = agencies.findAll();
        List<Named> units = new ArrayList<>();
        Map<String, List<Agency>> byPrincipal = all.stream().filter(a -> a.getPrincipal() != null)
                .collect(Collectors.groupingBy(Agency::getPrincipal, TreeMap::new, Collectors.toList()));
        byPrincipal.forEach((principal, members) -> {
            units.add(new Named(PRINCIPAL + principal, principal + " – alla enheter"));
            members.stream().sorted(Comparator.comparing(Agency::getName))
                    .forEach(a -> units.add(new Named(a.getCode(), a.getName())));
        });
        all.stream().filter(a -> a.getPrincipal() == null).sorted(Comparator.comparing(Agency::getName))
                .forEach(a -> units.add(new Named(a.getCode(), a.getName())));
        return Map.of(
                "agencies", units,
                "teams", rows.teams().stream().map(t -> new Named(t.code(), t.name())).toList());
    }

    public Indicators indicators(String periodCode, String agencyCode, String teamCode, Collection<String> userGroups) {
        checkAllowed(userGroups);
        Period period = Period.parse(periodCode);
        Named agency = agency(agencyCode);
        Named team = team(teamCode);
        Collection<String> agencyFilter = agency == null ? null : unitsOf(agency);
        ZoneId zone = clock.getZone();
        Instant from = period.start(zone);
        Instant to = period.end(zone);

        List<CaseRow> cases = rows.cases(from, to, agencyFilter);
        Map<Long, ConsentRow> firstConsent = new HashMap<>();
        rows.consents(from, to, agencyFilter).forEach(c -> firstConsent.putIfAbsent(c.caseId(), c));
        Map<Long, List<MeetingRow>> held = rows.meetings(from, to, agencyFilter).stream()
                .filter(m -> HELD.equals(m.status()))
                .collect(Collectors.groupingBy(MeetingRow::caseId));
        List<PlanRow> plans = rows.plans(from, to, agencyFilter);

        Predicate<Instant> inPeriod = at -> at != null && !at.isBefore(from) && at.isBefore(to);
        return new Indicators(
                new Indicators.PeriodView(period.code(), period.label(), period.from().toString(),
                        period.to().minusDays(1).toString()),
                agency, team,
                children(cases, firstConsent, inPeriod, to),
                leadTimes(cases, firstConsent, held, plans, period, zone),
                quality(held, plans, inPeriod),
                target(cases, firstConsent, held, period, zone),
                teams(period, from, to, team == null ? null : team.code(), zone),
                surveys(period, team == null ? null : team.code(), zone));
    }

    private Children children(List<CaseRow> cases, Map<Long, ConsentRow> firstConsent, Predicate<Instant> inPeriod,
            Instant to) {
        List<CaseRow> started = cases.stream().filter(c -> inPeriod.test(c.createdAt())).toList();
        List<Row> outcomes = new ArrayList<>();
        for (FollowUpCodes.Outcome outcome : FollowUpCodes.Outcome.values()) {
            outcomes.add(new Row(outcome.name(), outcome.label, Figure.of(
                    started.stream().filter(c -> FollowUpCodes.Outcome.ofStatus(c.status()) == outcome).count())));
        }
        long active = cases.stream()
                .filter(c -> ACTIVATED.contains(c.status()))
                .filter(c -> firstConsent.containsKey(c.id()) && firstConsent.get(c.id()).recordedAt().isBefore(to))
                .filter(c -> c.closedAt() == null || !c.closedAt().isBefore(to))
                .count();
        List<Row> closed = new ArrayList<>();
        for (FollowUpCodes.CloseReason reason : FollowUpCodes.CloseReason.values()) {
            closed.add(new Row(reason.name(), reason.label, Figure.of(cases.stream()
                    .filter(c -> "CLOSED".equals(c.status()) && reason.name().equals(c.closeReason()))
                    .filter(c -> inPeriod.test(c.closedAt())).count())));
        }
        long withdrawn = cases.stream().filter(c -> "STOPPED".equals(c.status()) && inPeriod.test(c.closedAt())).count();
        return new Children(Figure.of(started.size()), outcomes, Figure.of(active), closed, Figure.of(withdrawn));
    }

    private List<LeadTime> leadTimes(List<CaseRow> cases, Map<Long, ConsentRow> firstConsent,
            Map<Long, List<MeetingRow>> held, List<PlanRow> plans, Period period, ZoneId zone) {
        List<Long> toConsent = new ArrayList<>();
        List<Long> toFirstMeeting = new ArrayList<>();
        List<Long> toPlan = new ArrayList<>();
        List<Long> betweenMeetings = new ArrayList<>();
        Map<Long, PlanRow> firstPlan = new HashMap<>();
        plans.forEach(p -> firstPlan.merge(p.caseId(), p, (a, b) -> a.version() <= b.version() ? a : b));
        for (CaseRow c : cases) {
            ConsentRow consent = firstConsent.get(c.id());
            if (consent != null && period.contains(consent.givenOn())) {
                toConsent.add(ChronoUnit.DAYS.between(date(c.createdAt(), zone), consent.givenOn()));
            }
            List<MeetingRow> meetings = held.getOrDefault(c.id(), List.of()).stream()
                    .sorted(Comparator.comparingInt(MeetingRow::number)).toList();
            if (meetings.isEmpty()) {
                continue;
            }
            LocalDate first = date(meetings.get(0).startsAt(), zone);
            if (consent != null && period.contains(first)) {
                toFirstMeeting.add(ChronoUnit.DAYS.between(consent.givenOn(), first));
            }
            PlanRow plan = firstPlan.get(c.id());
            if (plan != null && period.contains(date(plan.adoptedAt(), zone))) {
                toPlan.add(ChronoUnit.DAYS.between(first, date(plan.adoptedAt(), zone)));
            }
            for (int i = 1; i < meetings.size(); i++) {
                LocalDate later = date(meetings.get(i).startsAt(), zone);
                if (period.contains(later)) {
                    betweenMeetings.add(ChronoUnit.DAYS.between(date(meetings.get(i - 1).startsAt(), zone), later));
                }
            }
        }
        return List.of(
                LeadTime.of("NOTICED_TO_CONSENT", "Uppmärksammat → samtycke", toConsent),
                LeadTime.of("CONSENT_TO_FIRST_MEETING", "Samtycke → första samverkansmöte", toFirstMeeting),
                LeadTime.of("FIRST_MEETING_TO_PLAN", "Första mötet → Barnets plan upprättad", toPlan),
                LeadTime.of("BETWEEN_FOLLOW_UP_MEETINGS", "Mellan uppföljande möten", betweenMeetings));
    }

    private static List<Quality> quality(Map<Long, List<MeetingRow>> held, List<PlanRow> plans,
            Predicate<Instant> inPeriod) {
        List<MeetingRow> meetings = held.values().stream().flatMap(List::stream)
                .filter(m -> inPeriod.test(m.startsAt())).toList();
        List<PlanRow> adopted = plans.stream().filter(p -> inPeriod.test(p.adoptedAt())).toList();
        List<PlanRow> closed = plans.stream().filter(p -> inPeriod.test(p.closedAt())).toList();
        long followedUp = closed.stream().filter(p -> held.getOrDefault(p.caseId(), List.of()).stream()
                .anyMatch(m -> m.number() > p.meetingNumber())).count();
        return List.of(
                new Quality("CHILD_VIEWS", "Möten där barnets synpunkter är dokumenterade",
                        Share.of(meetings.stream().filter(MeetingRow::childViews).count(), meetings.size())),
                new Quality("GUARDIAN_VIEWS", "Möten där vårdnadshavarnas synpunkter är dokumenterade",
                        Share.of(meetings.stream().filter(MeetingRow::guardianViews).count(), meetings.size())),
                new Quality("COMPLETE_ACTIONS", "Planer där varje insats har verksamhet, ansvarig och datum",
                        Share.of(adopted.stream().filter(p -> p.actions() > 0 && p.completeActions() == p.actions())
                                .count(), adopted.size())),
                new Quality("PLAN_FOLLOWED_UP", "Avslutade planer som följts upp vid ett nytt möte",
                        Share.of(followedUp, closed.size())));
    }

    /**
     * Cases whose target date (consent + the target's days) fell in the period, and whose first meeting was
     * not held by then; a case that ended before its target date without a meeting has not missed it.
     */
    private Target target(List<CaseRow> cases, Map<Long, ConsentRow> firstConsent, Map<Long, List<MeetingRow>> held,
            Period period, ZoneId zone) {
        LocalDate today = LocalDate.now(clock);
        List<String> missed = new ArrayList<>();
        for (CaseRow c : cases) {
            ConsentRow consent = firstConsent.get(c.id());
            if (consent == null || !ACTIVATED.contains(c.status())) {
                continue;
            }
            LocalDate targetDate = consent.givenOn().plusDays(targetDays);
            if (!period.contains(targetDate)) {
                continue;
            }
            Optional<LocalDate> first = held.getOrDefault(c.id(), List.of()).stream()
                    .min(Comparator.comparingInt(MeetingRow::number)).map(m -> date(m.startsAt(), zone));
            boolean late = first.map(d -> d.isAfter(targetDate))
                    .orElseGet(() -> targetDate.isBefore(today)
                            && (c.closedAt() == null || date(c.closedAt(), zone).isAfter(targetDate)));
            if (late) {
                missed.add(c.caseNumber());
            }
        }
        return new Target(targetDays, Figure.of(missed.size()), missed.stream().sorted().toList());
    }

    private Teams teams(Period period, Instant from, Instant to, String team, ZoneId zone) {
        List<TeamMeetingRow> held = rows.teamMeetings(from, to, team).stream()
                .filter(m -> HELD.equals(m.status())).toList();
        List<Attendance> attendance = new ArrayList<>();
        for (FollowUpCodes.Party party : FollowUpCodes.Party.values()) {
            List<MonthShare> months = new ArrayList<>();
            for (LocalDate month : period.months()) {
                List<TeamMeetingRow> inMonth = held.stream()
                        .filter(m -> date(m.meetingAt(), zone).withDayOfMonth(1).equals(month)).toList();
                long present = inMonth.stream().filter(m -> present(m.attendance(), party)).count();
                months.add(new MonthShare(month.toString().substring(0, 7), inMonth.size(),
                        inMonth.isEmpty() ? null : (int) Math.round(100.0 * present / inMonth.size())));
            }
            attendance.add(new Attendance(party.name(), party.label, months));
        }
        List<DiscussionRow> discussions = rows.discussions(from, to, team);
        return new Teams(Figure.unsuppressed(held.size()), attendance,
                Figure.of(rows.teamCases(from, to, team).size()),
                Figure.of(discussions.stream().map(DiscussionRow::teamCaseId).distinct().count()),
                Figure.of(discussions.stream().filter(DiscussionRow::followUpNeeded).map(DiscussionRow::teamCaseId)
                        .distinct().count()));
    }

    /**
     * The survey rounds closed in the period (a round closes when it is closed or when its last day of answers has
     * passed), each with the earlier closed rounds of its team and question set.
     */
    private List<SurveyComparison> surveys(Period period, String team, ZoneId zone) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> teamNames = rows.teams().stream()
                .collect(Collectors.toMap(FollowUpRows.TeamRow::code, FollowUpRows.TeamRow::name));
        List<SurveyRoundRow> closed = rows.surveyRounds(team).stream()
                .filter(r -> r.closedAt() != null || today.isAfter(r.closesOn())).toList();
        List<SurveyComparison> comparisons = new ArrayList<>();
        for (SurveyRoundRow round : closed) {
            if (!period.contains(closedOn(round, zone))) {
                continue;
            }
            List<SurveyRoundRow> compared = new ArrayList<>();
            for (SurveyRoundRow other : closed) {
                if (other.teamCode().equals(round.teamCode()) && other.setCode().equals(round.setCode())) {
                    compared.add(other);
                }
                if (other.id() == round.id()) {
                    break;
                }
            }
            Map<Long, List<SurveyQuestionRow>> questions = compared.stream()
                    .collect(Collectors.toMap(SurveyRoundRow::id, r -> rows.surveyQuestions(r.id())));
            List<SurveyQuestion> means = new ArrayList<>();
            for (SurveyQuestionRow question : questions.get(round.id())) {
                means.add(new SurveyQuestion(question.questionCode(), question.text(), compared.stream()
                        .map(r -> mean(r, questions.get(r.id()).stream()
                                .filter(q -> q.questionCode().equals(question.questionCode())).findFirst().orElse(null)))
                        .toList()));
            }
            comparisons.add(new SurveyComparison(round.setName(),
                    new Named(round.teamCode(), teamNames.getOrDefault(round.teamCode(), round.teamCode())),
                    compared.stream().map(r -> new SurveyRound(r.id(), r.kind(), FollowUpCodes.SurveyRound.labelOf(r.kind())
                            + " " + r.openedOn(), r.openedOn().toString(), closedOn(r, zone).toString(),
                            Figure.of(r.responses()))).toList(),
                    means));
        }
        return comparisons;
    }

    /** The mean of a question's answers 1–5, one decimal, when the round has five responses and five answered it. */
    static SurveyMean mean(SurveyRoundRow round, SurveyQuestionRow question) {
        long answers = question == null ? 0 : question.answers();
        if (round.responses() < Figure.THRESHOLD || answers < Figure.THRESHOLD) {
            return new SurveyMean(Figure.of(answers), null, Figure.SUPPRESSED);
        }
        double mean = Math.round(10.0 * question.total() / answers) / 10.0;
        return new SurveyMean(Figure.of(answers), mean, String.format(java.util.Locale.ROOT, "%.1f", mean).replace('.', ','));
    }

    private static LocalDate closedOn(SurveyRoundRow round, ZoneId zone) {
        return round.closedAt() != null ? date(round.closedAt(), zone) : round.closesOn();
    }

    /** "KOMMUNEN:MEMBER,REGIONEN:ABSENT": the member or the deputy came. */
    static boolean present(String attendance, FollowUpCodes.Party party) {
        if (attendance == null) {
            return false;
        }
        for (String pair : attendance.split(",")) {
            String[] parts = pair.trim().split(":");
            if (parts.length == 2 && parts[0].equals(party.name())) {
                return parts[1].equals("MEMBER") || parts[1].equals("DEPUTY");
            }
        }
        return false;
    }

    /** One unit by its code, or a principal's units by "huvudman:" and the principal's name. */
    private Named agency(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (code.startsWith(PRINCIPAL)) {
            String principal = code.substring(PRINCIPAL.length());
            if (agencies.findAll().stream().noneMatch(a -> principal.equals(a.getPrincipal()))) {
                throw new FieldValidationException("agency", "Verksamhet: okänd huvudman.");
            }
            return new Named(code, principal);
        }
        return agencies.findById(code.trim()).map(a -> new Named(a.getCode(), a.getName()))
                .orElseThrow(() -> new FieldValidationException("agency", "Verksamhet: okänd verksamhet."));
    }

    private List<String> unitsOf(Named agency) {
        if (!agency.code().startsWith(PRINCIPAL)) {
            return List.of(agency.code());
        }
        return agencies.findAll().stream().filter(a -> agency.name().equals(a.getPrincipal())).map(Agency::getCode)
                .toList();
    }

    private Named team(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return rows.teams().stream().filter(t -> t.code().equals(code.trim())).findFirst()
                .map(t -> new Named(t.code(), t.name()))
                .orElseThrow(() -> new FieldValidationException("team", "Samverkansteam: okänt team."));
    }

    private static LocalDate date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }
}
