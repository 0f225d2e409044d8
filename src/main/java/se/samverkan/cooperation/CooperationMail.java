package se.samverkan.cooperation;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.notification.CalendarEvent;
import se.samverkan.notification.CalendarInvitations;
import se.samverkan.notification.Mail;
import se.samverkan.notification.MailAttachment;
import se.samverkan.notification.Mailer;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.ServerAddress;

/**
 * What the cooperation sends to agencies' contact paths. Runs in async jobs: a mail outage becomes a
 * retried job and finally an incident. Mails name the case number only, never the child.
 */
@Service
@Transactional
public class CooperationMail {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm", new Locale("sv", "SE"));

    private final CooperationMeetingRepository meetings;
    private final ChildCaseRepository cases;
    private final ChildPlanRepository plans;
    private final ConsentService consents;
    private final AgencyRepository agencies;
    private final Mailer mailer;
    private final CalendarInvitations calendar;
    private final ServerAddress server;
    private final Clock clock;

    public CooperationMail(CooperationMeetingRepository meetings, ChildCaseRepository cases, ChildPlanRepository plans,
            ConsentService consents, AgencyRepository agencies, Mailer mailer, CalendarInvitations calendar,
            ServerAddress server, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.cases = cases;
        this.plans = plans;
        this.consents = consents;
        this.agencies = agencies;
        this.mailer = mailer;
        this.calendar = calendar;
        this.server = server;
    }

    /** Rule 1 again at sending time: consent may have changed since the invitation was planned. */
    public void sendInvitations(Long meetingId) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        Set<String> covered = consents.coveredAgencies(childCase.getId());
        Agency coordinator = agency(childCase.getCoordinatingAgency());
        for (Invitation invitation : meeting.getInvitations()) {
            if (invitation.getStatus() != InvitationStatus.PENDING || invitation.getSentAt() != null) {
                continue;
            }
            if (!covered.contains(invitation.getAgencyCode())) {
                throw new IllegalStateException("Samtycket omfattar inte längre " + invitation.getAgencyCode()
                        + " i ärende " + childCase.getCaseNumber() + "; inbjudan skickas inte.");
            }
            Agency agency = agency(invitation.getAgencyCode());
            CalendarEvent event = event(meeting, childCase, coordinator, List.of(agency.getEmail()), false);
            String text = "Hej " + agency.getName() + "!\n\n"
                    + coordinator.getName() + " bjuder in er till ett samverkansmöte enligt Kronobarnsmodellen"
                    + " i ärende " + childCase.getCaseNumber() + ".\n\n"
                    + "Tid: " + when(meeting) + "\n"
                    + where(meeting) + "\n"
                    + (invitation.getReplacementReason() != null ? "\n" + invitation.getReplacementReason() + "\n" : "")
                    + "\nSvara på inbjudan i Tasklist: " + server.baseUrl() + "/camunda/app/tasklist/\n"
                    + "Kalenderinbjudan finns bifogad.\n";
            mailer.send(new Mail(List.of(agency.getEmail()), "Inbjudan till samverkansmöte, ärende "
                    + childCase.getCaseNumber(), text, List.of(calendar.asAttachment(event))));
            invitation.markSent(clock.instant());
        }
    }

    public void remindAboutAnswers(Long meetingId) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        List<String> missing = meeting.getInvitations().stream()
                .filter(i -> i.getStatus() == InvitationStatus.PENDING)
                .map(i -> agency(i.getAgencyCode()).getName()).toList();
        if (missing.isEmpty()) {
            return;
        }
        Agency coordinator = agency(childCase.getCoordinatingAgency());
        mailer.send(new Mail(List.of(coordinator.getEmail()), "Obesvarade inbjudningar, ärende " + childCase.getCaseNumber(),
                "Inför samverkansmötet " + when(meeting) + " i ärende " + childCase.getCaseNumber()
                        + " har följande verksamheter inte svarat:\n\n- " + String.join("\n- ", missing)
                        + "\n\nKontakta dem gärna via deras kontaktväg.\n", List.of()));
    }

    public void remindAboutMeetingRecord(Long meetingId) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        Agency coordinator = agency(childCase.getCoordinatingAgency());
        mailer.send(new Mail(List.of(coordinator.getEmail()), "Mötesanteckningar saknas, ärende " + childCase.getCaseNumber(),
                "Samverkansmötet " + when(meeting) + " i ärende " + childCase.getCaseNumber()
                        + " är ännu inte dokumenterat. Fyll i uppgiften \"Genomför samverkansmöte\" i Tasklist: "
                        + server.baseUrl() + "/camunda/app/tasklist/\n", List.of()));
    }

    /** Each participating agency gets the link to its printable copy (the endpoint checks who asks). */
    public void distributePlan(Long planId) {
        ChildPlan plan = plans.findById(planId).orElseThrow();
        CooperationMeeting meeting = meetings.findById(plan.getMeetingId()).orElseThrow();
        ChildCase childCase = cases.findById(plan.getCaseId()).orElseThrow();
        List<String> to = meeting.getAttendingAgencies().stream().map(this::agency).map(Agency::getEmail)
                .filter(e -> e != null && !e.isBlank()).distinct().toList();
        String link = server.baseUrl() + "/api/cases/" + childCase.getCaseNumber() + "/plans/" + plan.getVersion() + "/pdf";
        mailer.send(new Mail(to, "Barnets plan version " + plan.getVersion() + ", ärende " + childCase.getCaseNumber(),
                "Barnets plan från samverkansmötet " + when(meeting) + " i ärende " + childCase.getCaseNumber()
                        + " är antagen (version " + plan.getVersion() + ").\n\n"
                        + "Hämta en utskrivbar kopia (inloggning krävs): " + link + "\n\n"
                        + "Barnets plan ersätter inte respektive professions dokumentation.\n", List.of()));
    }

    /** Rule 3: the parties are told; cancelled meetings get a calendar cancellation. */
    public void notifyConsentWithdrawn(Long caseId) {
        ChildCase childCase = cases.findById(caseId).orElseThrow();
        Agency coordinator = agency(childCase.getCoordinatingAgency());
        List<String> recipients = new ArrayList<>();
        recipients.add(coordinator.getEmail());
        List<MailAttachment> cancellations = new ArrayList<>();
        for (CooperationMeeting meeting : meetings.findByCaseIdOrderByMeetingNumber(caseId)) {
            meeting.getInvitations().stream().filter(i -> i.getSentAt() != null)
                    .map(i -> agency(i.getAgencyCode()).getEmail()).forEach(recipients::add);
            if (meeting.getStatus() == MeetingStatus.CANCELLED) {
                List<String> attendees = meeting.getInvitations().stream().filter(i -> i.getSentAt() != null)
                        .map(i -> agency(i.getAgencyCode()).getEmail()).toList();
                cancellations.add(calendar.asAttachment(event(meeting, childCase, coordinator, attendees, true)));
            }
        }
        mailer.send(new Mail(recipients.stream().filter(e -> e != null && !e.isBlank()).distinct().toList(),
                "Samtycket återkallat, ärende " + childCase.getCaseNumber(),
                "Samtycket till samverkan i ärende " + childCase.getCaseNumber() + " har återkallats.\n\n"
                        + "Samverkan har avslutats: planerade möten är inställda, inbjudningar är återkallade och "
                        + "Barnets plan är stängd. Dela inga fler uppgifter om barnet inom samverkan.\n", cancellations));
    }

    private CalendarEvent event(CooperationMeeting meeting, ChildCase childCase, Agency coordinator, List<String> attendees,
            boolean cancelled) {
        return new CalendarEvent("samverkan-" + childCase.getCaseNumber() + "-" + meeting.getMeetingNumber() + "@samverkan",
                "Samverkansmöte, ärende " + childCase.getCaseNumber(),
                "Samverkansmöte enligt Kronobarnsmodellen. Samordnande verksamhet: " + coordinator.getName() + ".",
                meeting.getStartsAt().atZone(ClockConfiguration.SWEDEN), Duration.ofMinutes(meeting.getDurationMinutes()),
                meeting.getLink() != null ? meeting.getLink() : meeting.getPlace(), coordinator.getEmail(),
                attendees, cancelled ? 1 : 0, cancelled);
    }

    static String when(CooperationMeeting meeting) {
        return WHEN.format(meeting.getStartsAt().atZone(ClockConfiguration.SWEDEN));
    }

    static String where(CooperationMeeting meeting) {
        return (meeting.getPlace() != null ? "Plats: " + meeting.getPlace() : "")
                + (meeting.getPlace() != null && meeting.getLink() != null ? "\n" : "")
                + (meeting.getLink() != null ? "Digitalt möte: " + meeting.getLink() : "");
    }

    private Agency agency(String code) {
        return agencies.findById(code).orElseThrow();
    }
}
