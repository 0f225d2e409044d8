package se.samverkan.cooperation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.Codes;
import se.samverkan.platform.FieldValidationException;

/** Barnets plan (versioned per meeting), continued coordination, closing and stopping a cooperation. */
@Service
@Transactional
public class ChildPlanService {


    private final ChildPlanRepository plans;
    private final ChildCaseRepository cases;
    private final CooperationMeetingRepository meetings;
    private final AgencyRepository agencies;
    private final WellbeingAreaRepository areas;
    private final ConsentService consents;
    private final Clock clock;

    public ChildPlanService(ChildPlanRepository plans, ChildCaseRepository cases, CooperationMeetingRepository meetings,
            AgencyRepository agencies, WellbeingAreaRepository areas, ConsentService consents, Clock clock) {
        this.consents = consents;
        this.plans = plans;
        this.cases = cases;
        this.meetings = meetings;
        this.agencies = agencies;
        this.areas = areas;
        this.clock = clock;
    }

    /** An adopted plan, and the agency suggested to coordinate from here on. */
    public record AdoptedPlan(ChildPlan plan, Agency suggestedCoordinator) {
    }

    /** Rule 4. Each meeting adopts a new version of the plan; earlier versions stay as they were. */
    public AdoptedPlan adopt(Long meetingId, List<PlanActionInput> actions, String userId) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        List<PlanAction.Content> checked = checkActions(actions, meeting.getAttendingAgencies(), LocalDate.now(clock));
        ChildPlan plan = new ChildPlan(meeting.getCaseId(), nextVersion(meeting.getCaseId()), meetingId, userId,
                clock.instant());
        checked.forEach(plan::addAction);
        String coordinator = cases.findById(meeting.getCaseId()).orElseThrow().getCoordinatingAgency();
        String suggested = suggestedCoordinator(checked.stream().map(PlanAction.Content::agencyCode).toList(), coordinator);
        return new AdoptedPlan(plans.save(plan), agency(suggested));
    }

    /**
     * Rule 4: at least one action, and every action has what, agency, person and a date not yet passed;
     * its agency took part in the meeting.
     */
    static List<PlanAction.Content> checkActions(List<PlanActionInput> actions, Collection<String> attendingAgencies,
            LocalDate today) {
        if (actions.isEmpty()) {
            throw new FieldValidationException("action1What", "Insats 1: ange minst en insats.");
        }
        List<PlanAction.Content> checked = new ArrayList<>();
        for (PlanActionInput action : actions) {
            String prefix = "Insats " + action.row() + ": ";
            if (blank(action.what())) {
                throw new FieldValidationException(action.field("what"), prefix + "ange vad som ska göras.");
            }
            if (blank(action.agency())) {
                throw new FieldValidationException(action.field("agency"), prefix + "ange vilken verksamhet som ansvarar.");
            }
            if (!attendingAgencies.contains(action.agency())) {
                throw new FieldValidationException(action.field("agency"),
                        prefix + "verksamheten deltog inte i mötet och kan inte ansvara för en insats.");
            }
            if (blank(action.person())) {
                throw new FieldValidationException(action.field("person"), prefix + "ange ansvarig person.");
            }
            LocalDate due = parseDate(action.dueDate(), prefix, action.field("dueDate"));
            if (due.isBefore(today)) {
                throw new FieldValidationException(action.field("dueDate"), prefix + "datumet för klart senast har redan passerat.");
            }
            checked.add(new PlanAction.Content(action.what().trim(), action.agency(), action.person().trim(), due));
        }
        return checked;
    }

    private int nextVersion(Long caseId) {
        return plans.findByCaseIdOrderByVersion(caseId).stream().mapToInt(ChildPlan::getVersion).max().orElse(0) + 1;
    }

    /** Usually the agency with most actions coordinates next; on a tie the current coordinator keeps it. */
    static String suggestedCoordinator(List<String> actionAgencies, String currentCoordinator) {
        Map<String, Long> counts = new LinkedHashMap<>();
        actionAgencies.forEach(agency -> counts.merge(agency, 1L, Long::sum));
        long most = counts.values().stream().max(Comparator.naturalOrder()).orElse(0L);
        if (counts.getOrDefault(currentCoordinator, 0L) == most) {
            return currentCoordinator;
        }
        return counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).findFirst()
                .orElse(currentCoordinator);
    }

    public record Continuation(String nextCoordinatingAgency, String continuation, LocalDate nextMeetingDate,
            String closeReason) {
    }

    /**
     * Rule 4: the next coordinating agency must have taken part in the meeting. Returns when the next
     * meeting starts, if one was decided: the decided day at the time of day of this meeting, which the
     * next invitation starts with.
     */
    public Optional<ZonedDateTime> decideContinuation(Long caseId, Long meetingId, Continuation decision) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        if (blank(decision.nextCoordinatingAgency())
                || !meeting.getAttendingAgencies().contains(decision.nextCoordinatingAgency())) {
            throw new FieldValidationException("nextCoordinatingAgency",
                    "Samordnande verksamhet framöver: välj en verksamhet som deltog i mötet.");
        }
        if (!Codes.isOneOf(CooperationCodes.Continuation.class, decision.continuation())) {
            throw new FieldValidationException("continuation", "Hur fortsätter samverkan?: välj ett alternativ.");
        }
        if ("CLOSE".equals(decision.continuation())) {
            if (!Codes.isOneOf(CooperationCodes.CloseReason.class, decision.closeReason())) {
                throw new FieldValidationException("closeReason", "Skäl att avsluta: välj varför samverkan avslutas.");
            }
        } else if (decision.nextMeetingDate() == null || !decision.nextMeetingDate().isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("nextMeetingDate", "Datum för nästa möte: ange ett datum efter i dag.");
        }
        cases.findById(caseId).orElseThrow().handCoordinationTo(decision.nextCoordinatingAgency());
        return "CLOSE".equals(decision.continuation()) ? Optional.empty()
                : Optional.of(nextMeetingStart(decision.nextMeetingDate(), meeting.getStartsAt()));
    }

    /** The decided day at the same Swedish time of day as the meeting that decided it. */
    static ZonedDateTime nextMeetingStart(LocalDate day, Instant decidedAt) {
        return day.atTime(decidedAt.atZone(ClockConfiguration.SWEDEN).toLocalTime()).atZone(ClockConfiguration.SWEDEN);
    }

    public void close(Long caseId, String reason) {
        cases.findById(caseId).orElseThrow().end(CaseStatus.CLOSED, reason, clock.instant());
        plans.findByCaseIdOrderByVersion(caseId).forEach(plan -> plan.close(clock.instant()));
    }

    /**
     * Rule 3: consent withdrawn. The consent is marked withdrawn (by whom and when, today unless said:
     * the message may come straight through the REST API), the case stops, planned meetings are cancelled
     * and their invitations withdrawn, the plan is closed. (The parties are told by
     * {@link CooperationMail#notifyConsentWithdrawn}.)
     */
    public void stop(Long caseId, String withdrawnBy, LocalDate withdrawnOn, String note) {
        ChildCase childCase = cases.findById(caseId).orElseThrow();
        consents.withdraw(caseId, childCase.withdrawerName(withdrawnBy),
                withdrawnOn != null ? withdrawnOn : LocalDate.now(clock), note);
        childCase.end(CaseStatus.STOPPED, "CONSENT_WITHDRAWN", clock.instant());
        plans.findByCaseIdOrderByVersion(caseId).forEach(plan -> plan.close(clock.instant()));
        meetings.findByCaseIdOrderByMeetingNumber(caseId).forEach(CooperationMeeting::cancel);
    }

    /** The agencies that took part in any meeting of the case, and the coordinating agency. */
    @Transactional(readOnly = true)
    public Set<String> participants(Long caseId) {
        Set<String> participants = new LinkedHashSet<>();
        participants.add(cases.findById(caseId).orElseThrow().getCoordinatingAgency());
        meetings.findByCaseIdOrderByMeetingNumber(caseId).forEach(m -> participants.addAll(m.getAttendingAgencies()));
        return participants;
    }

    /** The printable plan for a user; only the case's participating agencies may read it. */
    @Transactional(readOnly = true)
    public ChildPlanDocument document(String caseNumber, int version, Collection<String> userGroups) {
        ChildCase childCase = cases.findByCaseNumber(caseNumber).orElseThrow(PlanNotFound::new);
        // An outsider gets the answer of an unknown case, so case numbers cannot be probed.
        if (userGroups.stream().noneMatch(participants(childCase.getId())::contains)) {
            throw new PlanNotFound();
        }
        ChildPlan plan = plans.findByCaseIdAndVersion(childCase.getId(), version).orElseThrow(PlanNotFound::new);
        // Rule 3: withdrawn consent closes the plan; the parties were told so and can no longer fetch it.
        if (childCase.getStatus() == CaseStatus.STOPPED) {
            throw new PlanWithdrawn();
        }
        CooperationMeeting meeting = meetings.findById(plan.getMeetingId()).orElseThrow();
        Map<String, String> names = new LinkedHashMap<>();
        agencies.findAll().forEach(a -> names.put(a.getCode(), a.getName()));
        Map<String, String> areaNames = new LinkedHashMap<>();
        areas.findAll().forEach(a -> areaNames.put(a.getCode(), a.getName()));
        return new ChildPlanDocument(childCase.getCaseNumber(), childCase.childInitials(), plan.getVersion(),
                meeting.getStartsAt().atZone(ClockConfiguration.SWEDEN).toLocalDate(),
                plan.getAdoptedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(ClockConfiguration.SWEDEN).toOffsetDateTime(),
                names.getOrDefault(childCase.getCoordinatingAgency(), childCase.getCoordinatingAgency()),
                meeting.getAttendingAgencies().stream().map(c -> names.getOrDefault(c, c)).toList(),
                meeting.getDiscussedAreas().stream().map(c -> areaNames.getOrDefault(c, c)).toList(),
                meeting.getChildViews() != null ? meeting.getChildViews() : meeting.getViewsMissingReason(),
                meeting.getGuardianViews() != null ? meeting.getGuardianViews() : meeting.getViewsMissingReason(),
                plan.getActions().stream().map(a -> new ChildPlanDocument.Action(a.getWhat(),
                        names.getOrDefault(a.getAgencyCode(), a.getAgencyCode()), a.getPerson(), a.getDueDate())).toList(),
                null);
    }

    @Transactional(readOnly = true)
    public Agency agency(String code) {
        return agencies.findById(code).orElseThrow();
    }

    private static LocalDate parseDate(String text, String prefix, String field) {
        if (blank(text)) {
            throw new FieldValidationException(field, prefix + "ange när insatsen ska vara klar.");
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new FieldValidationException(field, prefix + "ange datum som ÅÅÅÅ-MM-DD.");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** No such case or plan version. */
    public static class PlanNotFound extends RuntimeException {
    }

    /** Consent was withdrawn: the plan is closed for everyone (rule 3). */
    public static class PlanWithdrawn extends RuntimeException {
    }
}
