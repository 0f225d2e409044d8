package se.samverkan.cooperation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.agency.AgencyType;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.Codes;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.PersonalIdentityNumber;

/** Inviting to a samverkansmöte (rules 1 and 2), the answers, and the meeting record (rule 4). */
@Service
@Transactional
public class MeetingService {


    private final CooperationMeetingRepository meetings;
    private final ChildCaseRepository cases;
    private final ConsentService consents;
    private final AgencyRepository agencies;
    private final WellbeingAreaRepository areas;
    private final Clock clock;

    public MeetingService(CooperationMeetingRepository meetings, ChildCaseRepository cases, ConsentService consents,
            AgencyRepository agencies, WellbeingAreaRepository areas, Clock clock) {
        this.meetings = meetings;
        this.cases = cases;
        this.consents = consents;
        this.agencies = agencies;
        this.areas = areas;
        this.clock = clock;
    }

    public record MeetingPlan(List<String> areaCodes, List<String> invitedAgencies, List<String> establishedCareContacts,
            ZonedDateTime start, Integer durationMinutes, String place, String link) {
    }

    /** A planned meeting and the dates the process waits for: the answer reminder, the answers, the record. */
    public record PlannedMeeting(CooperationMeeting meeting, Schedule schedule) {
    }

    public record Schedule(Instant answerReminder, Instant answerDeadline, Instant recordDeadline) {
    }

    /** An invitation the rules allow: the agency invited, and the specialist care it stands in for. */
    record Invite(String agency, String replaces, String reason) {
    }

    /**
     * Plans the next meeting of the case, with the invitations rules 1 and 2 allow, and its schedule. The
     * coordinator who convenes it (user id, null from application code) is named in the invitations.
     */
    public PlannedMeeting plan(Long caseId, MeetingPlan plan, String convenedBy) {
        ChildCase childCase = cases.findById(caseId).orElseThrow();
        checkAreas(plan.areaCodes(), "meetingAreas", "Områden att samverka kring");
        Map<String, Agency> byCode = agencies.findAll().stream().collect(Collectors.toMap(Agency::getCode, Function.identity()));
        List<Invite> invites = invitations(plan.invitedAgencies(), plan.establishedCareContacts(),
                consents.coveredAgencies(caseId), childCase.getCoordinatingAgency(), byCode,
                new Child(childCase.getMunicipality(), underSchoolAge(childCase.getChildPersonalNumber(),
                        LocalDate.now(clock.withZone(ClockConfiguration.SWEDEN)))));
        Instant now = clock.instant();
        if (plan.start() == null) {
            throw new FieldValidationException("meetingStart", "Mötets start: ange datum och tid för mötet.");
        }
        if (!plan.start().toInstant().isAfter(now)) {
            throw new FieldValidationException("meetingStart", "Mötets start: mötet måste ligga i framtiden.");
        }
        int duration = plan.durationMinutes() == null ? 90 : plan.durationMinutes();
        if (duration < 15 || duration > 480) {
            throw new FieldValidationException("meetingDurationMinutes", "Längd (minuter): ange mellan 15 och 480 minuter.");
        }
        if (blank(plan.place()) && blank(plan.link())) {
            throw new FieldValidationException("meetingPlace",
                    "Lokal: ange en lokal eller en länk till ett digitalt möte.");
        }
        int number = meetings.findFirstByCaseIdOrderByMeetingNumberDesc(caseId).map(m -> m.getMeetingNumber() + 1).orElse(1);
        CooperationMeeting meeting = new CooperationMeeting(caseId, number, plan.start().toInstant(), duration,
                trim(plan.place()), trim(plan.link()), plan.areaCodes(), convenedBy);
        invites.forEach(i -> meeting.invite(i.agency(), i.replaces(), i.reason()));
        return new PlannedMeeting(meetings.save(meeting), schedule(meeting.getStartsAt(), now));
    }

    /** What rule 2 needs to know of the child: where the case belongs and whether the child is under school age. */
    record Child(String municipality, boolean underSchoolAge) {
    }

    /**
     * Under school age until the autumn term of the year the child turns six (förskoleklass), when
     * barnhälsovården hands over to the school and the health centre.
     */
    static boolean underSchoolAge(String personalNumber, LocalDate today) {
        return PersonalIdentityNumber.parse(personalNumber, today)
                .map(number -> today.isBefore(LocalDate.of(number.birthDate().getYear() + 6, 8, 1)))
                .orElse(false);
    }

    /**
     * Who is invited. Only consented agencies (rule 1); specialist care only with an established care
     * contact, otherwise the child's own primary care instead, with the reason recorded (rule 2): the health
     * centre, or barnhälsovården under school age, of the case's municipality that the consent names. The
     * coordinating agency convenes and is not invited to its own meeting.
     */
    static List<Invite> invitations(List<String> invited, List<String> establishedCareContacts, Set<String> covered,
            String coordinatingAgency, Map<String, Agency> byCode, Child child) {
        if (invited.isEmpty()) {
            throw new FieldValidationException("invitedAgencies", "Verksamheter att bjuda in: välj minst en verksamhet.");
        }
        List<Invite> invites = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String code : new LinkedHashSet<>(invited)) {
            Agency agency = byCode.get(code);
            if (agency == null) {
                throw new FieldValidationException("invitedAgencies", "Verksamheter att bjuda in: okänd verksamhet.");
            }
            if (!covered.contains(code)) {
                throw new FieldValidationException("invitedAgencies", "Verksamheter att bjuda in: samtycket omfattar inte "
                        + agency.getName() + ". Utöka samtycket innan verksamheten bjuds in.");
            }
            if (code.equals(coordinatingAgency)) {
                continue;
            }
            if (agency.isSpecialistCare() && !establishedCareContacts.contains(code)) {
                for (Agency counterpart : ownPrimaryCare(agency, covered, byCode, child)) {
                    if (seen.add(counterpart.getCode())) {
                        invites.add(new Invite(counterpart.getCode(), code, "Barnet saknar etablerad vårdkontakt hos "
                                + agency.getName() + "; " + counterpart.getName() + " bjuds in i stället."));
                    }
                }
            } else if (seen.add(code)) {
                invites.add(new Invite(code, null, null));
            }
        }
        if (invites.isEmpty()) {
            throw new FieldValidationException("invitedAgencies",
                    "Verksamheter att bjuda in: välj minst en annan verksamhet än den samordnande.");
        }
        for (String contact : establishedCareContacts) {
            if (!byCode.containsKey(contact) || !byCode.get(contact).isSpecialistCare()) {
                throw new FieldValidationException("establishedCareContacts",
                        "Barnet har etablerad vårdkontakt hos: välj bara verksamheter inom specialistvården.");
            }
        }
        return invites;
    }

    /**
     * The child's own primary care, which stands in for specialist care without an established care contact:
     * the consented health centre (barnhälsovården under school age) of the case's municipality.
     */
    private static List<Agency> ownPrimaryCare(Agency specialist, Set<String> covered, Map<String, Agency> byCode,
            Child child) {
        AgencyType type = child.underSchoolAge() ? AgencyType.CHILD_HEALTH_CARE : AgencyType.HEALTH_CENTRE;
        String kind = child.underSchoolAge() ? "barnhälsovården" : "barnets vårdcentral";
        List<Agency> ofMunicipality = byCode.values().stream()
                .filter(a -> a.getType() == type && a.serves(child.municipality()))
                .sorted(Comparator.comparing(Agency::getName)).toList();
        List<Agency> consented = ofMunicipality.stream().filter(a -> covered.contains(a.getCode())).toList();
        if (consented.isEmpty()) {
            String candidates = ofMunicipality.isEmpty() ? ""
                    : " (" + ofMunicipality.stream().map(Agency::getName).collect(Collectors.joining(", ")) + ")";
            throw new FieldValidationException("invitedAgencies", "Verksamheter att bjuda in: barnet saknar etablerad "
                    + "vårdkontakt hos " + specialist.getName() + ", så " + kind + " ska bjudas in i stället, men "
                    + "samtycket omfattar inte " + kind + candidates + ". Utöka samtycket först.");
        }
        return consented;
    }

    /**
     * Answers are due a day ahead and reminded two days ahead, or halfway there (answers at the start)
     * when the meeting is sooner; the record is due two days after the meeting.
     */
    static Schedule schedule(Instant start, Instant now) {
        Instant reminder = start.minus(Duration.ofDays(2)).isAfter(now) ? start.minus(Duration.ofDays(2))
                : now.plus(Duration.between(now, start).dividedBy(2));
        Instant answerDeadline = start.minus(Duration.ofDays(1)).isAfter(now) ? start.minus(Duration.ofDays(1)) : start;
        return new Schedule(reminder, answerDeadline, start.plus(Duration.ofDays(2)));
    }

    /** The areas of Barnets bästa-hjulet the meeting was called for. */
    @Transactional(readOnly = true)
    public List<String> plannedAreas(Long meetingId) {
        return meetings.findById(meetingId).orElseThrow().getAreas();
    }

    /** The agencies that said they come (themselves or someone else for them): the meeting record starts with them ticked. */
    @Transactional(readOnly = true)
    public List<String> expectedAttendance(Long meetingId) {
        return meetings.findById(meetingId).orElseThrow().getInvitations().stream()
                .filter(i -> i.getStatus() == InvitationStatus.ACCEPTED || i.getStatus() == InvitationStatus.OTHER_PARTICIPANT)
                .map(Invitation::getAgencyCode).toList();
    }

    public void recordAnswer(Long meetingId, String agencyCode, String answer, String participantName, String comment,
            String userId) {
        if (!Codes.isOneOf(CooperationCodes.InvitationAnswer.class, answer)) {
            throw new FieldValidationException("invitationAnswer", "Svar: välj om ni deltar.");
        }
        if ("OTHER_PARTICIPANT".equals(answer) && blank(participantName)) {
            throw new FieldValidationException("participantName", "Vem deltar?: ange vem som deltar för er.");
        }
        Invitation invitation = get(meetingId).invitationFor(agencyCode);
        if (invitation == null) {
            throw new IllegalStateException("Ingen inbjudan till " + agencyCode + " för mötet " + meetingId);
        }
        InvitationStatus status = switch (answer) {
            case "ACCEPT" -> InvitationStatus.ACCEPTED;
            case "DECLINE" -> InvitationStatus.DECLINED;
            default -> InvitationStatus.OTHER_PARTICIPANT;
        };
        invitation.answer(status, trim(participantName), trim(comment), userId, clock.instant());
    }

    /** A contact before the meeting must never become a pre-meeting that decides without the family. */
    public void recordPreMeetingContact(Long meetingId, boolean hadContact, String with, String reason, Boolean confirmed) {
        if (!hadContact) {
            return;
        }
        CooperationMeeting meeting = get(meetingId);
        if (blank(with) || !meeting.invitedAgencies().contains(with)) {
            throw new FieldValidationException("preMeetingContactWith", "Med vilken verksamhet: välj en inbjuden verksamhet.");
        }
        if (blank(reason)) {
            throw new FieldValidationException("preMeetingContactReason", "Varför: beskriv varför kontakten togs.");
        }
        if (!Boolean.TRUE.equals(confirmed)) {
            throw new FieldValidationException("notAPreMeeting",
                    "Bekräftelse: bekräfta att kontakten inte var ett förmöte som beslutade om stödet utan familjen.");
        }
        meeting.recordPreMeetingContact(with, reason.trim());
    }

    public record MeetingRecord(List<String> attendingAgencies, boolean familyPresent, Boolean informationSharingAgreed,
            List<String> discussedAreas, String childViews, String guardianViews, String viewsMissingReason, String notes) {
    }

    /** Rule 4: the child's and the guardians' views, or why they are missing, are part of every record. */
    public CooperationMeeting recordMeeting(Long meetingId, MeetingRecord record, String userId) {
        CooperationMeeting meeting = get(meetingId);
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        if (record.attendingAgencies().isEmpty()) {
            throw new FieldValidationException("attendingAgencies", "Deltagande verksamheter: ange vilka verksamheter som deltog.");
        }
        for (String agency : record.attendingAgencies()) {
            if (!meeting.invitedAgencies().contains(agency) && !agency.equals(childCase.getCoordinatingAgency())) {
                throw new FieldValidationException("attendingAgencies",
                        "Deltagande verksamheter: bara inbjudna verksamheter kan ha deltagit.");
            }
        }
        if (!Boolean.TRUE.equals(record.informationSharingAgreed())) {
            throw new FieldValidationException("informationSharingAgreed", "Överenskommelse om information: parterna "
                    + "ska vara överens om att det som delas är nödvändigt, relevant och proportionerligt.");
        }
        checkAreas(record.discussedAreas(), "discussedAreas", "Diskuterade områden");
        boolean reasonGiven = !blank(record.viewsMissingReason());
        if (blank(record.childViews()) && !reasonGiven) {
            throw new FieldValidationException("childViews", "Barnets/ungdomens synpunkter: skriv barnets synpunkter, "
                    + "eller varför de saknas.");
        }
        if (blank(record.guardianViews()) && !reasonGiven) {
            throw new FieldValidationException("guardianViews", "Vårdnadshavarnas synpunkter: skriv vårdnadshavarnas "
                    + "synpunkter, eller varför de saknas.");
        }
        List<String> attending = new ArrayList<>(new LinkedHashSet<>(record.attendingAgencies()));
        if (!attending.contains(childCase.getCoordinatingAgency())) {
            attending.add(0, childCase.getCoordinatingAgency());
        }
        meeting.record(attending, record.familyPresent(), record.discussedAreas(), trim(record.childViews()),
                trim(record.guardianViews()), trim(record.viewsMissingReason()), trim(record.notes()), userId,
                clock.instant());
        return meeting;
    }

    @Transactional(readOnly = true)
    public CooperationMeeting get(Long meetingId) {
        return meetings.findById(meetingId).orElseThrow(() -> new IllegalStateException("Mötet " + meetingId + " finns inte"));
    }

    private void checkAreas(List<String> codes, String field, String label) {
        for (String code : codes) {
            if (!areas.existsById(code)) {
                throw new FieldValidationException(field, label + ": okänt område i Barnets bästa-hjulet.");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
