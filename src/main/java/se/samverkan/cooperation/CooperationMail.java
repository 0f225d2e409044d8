package se.samverkan.cooperation;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
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
 * retried job and finally an incident. Mails name the case number only, never the child. Every mail says who
 * sends it and how to reach them: the coordinator (the person who convened the meeting or adopted the plan,
 * when known) at the coordinating agency, with the agency's contact path; a reply goes to the same place.
 */
@Service
@Transactional
public class CooperationMail {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm", SWEDISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", SWEDISH);
    /** What the application signs with when nobody in particular sends the mail (reminders). */
    static final String APPLICATION = "Samverkan";

    private final CooperationMeetingRepository meetings;
    private final InvitationRepository invitations;
    private final ChildCaseRepository cases;
    private final ChildPlanRepository plans;
    private final ConsentService consents;
    private final AgencyRepository agencies;
    private final Mailer mailer;
    private final CalendarInvitations calendar;
    private final ServerAddress server;
    private final IdentityService identity;
    private final Clock clock;

    public CooperationMail(CooperationMeetingRepository meetings, InvitationRepository invitations,
            ChildCaseRepository cases, ChildPlanRepository plans, ConsentService consents, AgencyRepository agencies,
            Mailer mailer, CalendarInvitations calendar, ServerAddress server, ProcessEngine engine, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.invitations = invitations;
        this.cases = cases;
        this.plans = plans;
        this.consents = consents;
        this.agencies = agencies;
        this.mailer = mailer;
        this.calendar = calendar;
        this.server = server;
        this.identity = engine.getIdentityService();
    }

    /**
     * Who sends a mail: a person (null when unknown) at an agency, and how to reach them. The person's own
     * address (from the user profile) comes first when there is one, then the agency's contact path.
     */
    record Sender(String personName, String personEmail, Agency agency) {

        String displayName() {
            return personName == null ? agency.getName() : personName + ", " + agency.getName();
        }

        String replyTo() {
            return personEmail != null ? personEmail : agency.getEmail();
        }

        /** "Sara Skolgren på Skola" or just the agency. */
        String who() {
            return personName == null ? agency.getName() : personName + " på " + agency.getName();
        }

        String contact() {
            StringBuilder text = new StringBuilder();
            if (personEmail != null) {
                text.append("E-post till ").append(personName).append(": ").append(personEmail).append('\n');
            }
            text.append(contactPath(agency));
            return text.toString();
        }

        String signature() {
            return "Med vänlig hälsning\n" + (personName != null ? personName + "\n" : "") + agency.getName() + "\n";
        }
    }

    /** An agency's contact path as lines: phone, e-mail, postal address (what the agency register holds). */
    static String contactPath(Agency agency) {
        StringBuilder text = new StringBuilder();
        if (present(agency.getPhone())) {
            text.append("Telefon till ").append(agency.getName()).append(": ").append(agency.getPhone()).append('\n');
        }
        if (present(agency.getEmail())) {
            text.append("E-post till ").append(agency.getName()).append(": ").append(agency.getEmail()).append('\n');
        }
        if (present(agency.getPostalAddress())) {
            text.append("Postadress: ").append(agency.getPostalAddress()).append('\n');
        }
        return text.toString();
    }

    /**
     * Rule 1 again at sending time: consent may have changed since the invitation was planned. The reply-by date
     * is the answer deadline the meeting was planned with (the due date of "Svara på inbjudan").
     */
    public void sendInvitations(Long meetingId, Instant answerDeadline) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        Set<String> covered = consents.coveredAgencies(childCase.getId());
        Sender sender = sender(meeting.getConvenedBy(), childCase.getCoordinatingAgency());
        Instant replyBy = answerDeadline != null ? answerDeadline
                : MeetingService.schedule(meeting.getStartsAt(), clock.instant()).answerDeadline();
        String tasklist = server.baseUrl() + "/camunda/app/tasklist/";
        for (Invitation invitation : meeting.getInvitations()) {
            if (invitation.getStatus() != InvitationStatus.PENDING || invitation.getSentAt() != null) {
                continue;
            }
            if (!covered.contains(invitation.getAgencyCode())) {
                throw new IllegalStateException("Samtycket omfattar inte längre " + invitation.getAgencyCode()
                        + " i ärende " + childCase.getCaseNumber() + "; inbjudan skickas inte.");
            }
            Agency agency = agency(invitation.getAgencyCode());
            CalendarEvent event = event(meeting, childCase, sender, List.of(agency.getEmail()), replyBy, false);
            String text = "Hej!\n\n"
                    + sender.who() + " bjuder in " + agency.getName() + " till ett samverkansmöte enligt Kronobarnsmodellen"
                    + " i ärende " + childCase.getCaseNumber() + ".\n\n"
                    + "Tid: " + when(meeting) + "–" + until(meeting) + "\n"
                    + where(meeting) + "\n"
                    + (invitation.getReplacementReason() != null ? "\n" + invitation.getReplacementReason() + "\n" : "")
                    + "\nSvara senast " + WHEN.format(replyBy.atZone(ClockConfiguration.SWEDEN))
                    + " i Tasklist, uppgiften \"Svara på inbjudan\": " + tasklist + "\n"
                    + "Svaret lämnas bara i Tasklist; svar på kalenderinbjudan läses inte.\n\n"
                    + "Frågor om mötet: kontakta " + (sender.personName() != null ? "samordnaren " : "") + sender.who() + ".\n"
                    + sender.contact()
                    + "\nKalenderinbjudan finns bifogad.\n\n"
                    + sender.signature();
            mailer.send(new Mail(List.of(agency.getEmail()), "Inbjudan till samverkansmöte, ärende "
                    + childCase.getCaseNumber(), text, List.of(calendar.asAttachment(event)), sender.displayName(),
                    sender.replyTo()));
            // Committed at once, not with the job: a retry after a rollback must not send this one again.
            invitations.recordSent(invitation.getId(), clock.instant());
        }
    }

    /** To the coordinating agency: who has not answered, and how to reach each of them. */
    public void remindAboutAnswers(Long meetingId) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        List<Agency> missing = meeting.getInvitations().stream()
                .filter(i -> i.getStatus() == InvitationStatus.PENDING)
                .map(i -> agency(i.getAgencyCode())).toList();
        if (missing.isEmpty()) {
            return;
        }
        Sender coordinator = sender(meeting.getConvenedBy(), childCase.getCoordinatingAgency());
        StringBuilder list = new StringBuilder();
        for (Agency agency : missing) {
            list.append("\n").append(agency.getName()).append("\n").append(contactPath(agency));
        }
        mailer.send(new Mail(recipients(coordinator), "Obesvarade inbjudningar, ärende " + childCase.getCaseNumber(),
                greeting(coordinator) + "Inför samverkansmötet " + when(meeting) + " i ärende " + childCase.getCaseNumber()
                        + ", som " + coordinator.who() + " samordnar, har följande verksamheter inte svarat på inbjudan:\n"
                        + list + "\nKontakta dem gärna via deras kontaktväg ovan.\n\n"
                        + automatic(), List.of(), APPLICATION, null));
    }

    public void remindAboutMeetingRecord(Long meetingId) {
        CooperationMeeting meeting = meetings.findById(meetingId).orElseThrow();
        ChildCase childCase = cases.findById(meeting.getCaseId()).orElseThrow();
        Sender coordinator = sender(meeting.getConvenedBy(), childCase.getCoordinatingAgency());
        mailer.send(new Mail(recipients(coordinator), "Mötesanteckningar saknas, ärende " + childCase.getCaseNumber(),
                greeting(coordinator) + "Samverkansmötet " + when(meeting) + " i ärende " + childCase.getCaseNumber()
                        + ", som " + coordinator.who() + " samordnade, är ännu inte dokumenterat. Fyll i uppgiften "
                        + "\"Genomför samverkansmöte\" i Tasklist: " + server.baseUrl() + "/camunda/app/tasklist/\n\n"
                        + automatic(), List.of(), APPLICATION, null));
    }

    /** Each participating agency gets the link to its printable copy (the endpoint checks who asks). */
    public void distributePlan(Long planId) {
        ChildPlan plan = plans.findById(planId).orElseThrow();
        CooperationMeeting meeting = meetings.findById(plan.getMeetingId()).orElseThrow();
        ChildCase childCase = cases.findById(plan.getCaseId()).orElseThrow();
        Sender sender = sender(plan.getAdoptedBy() != null ? plan.getAdoptedBy() : meeting.getConvenedBy(),
                childCase.getCoordinatingAgency());
        List<String> to = meeting.getAttendingAgencies().stream().map(this::agency).map(Agency::getEmail)
                .filter(CooperationMail::present).distinct().toList();
        String link = server.baseUrl() + "/api/cases/" + childCase.getCaseNumber() + "/plans/" + plan.getVersion() + "/pdf";
        mailer.send(new Mail(to, "Barnets plan version " + plan.getVersion() + ", ärende " + childCase.getCaseNumber(),
                "Hej!\n\nBarnets plan från samverkansmötet " + when(meeting) + " i ärende " + childCase.getCaseNumber()
                        + " är antagen (version " + plan.getVersion() + "). Ni får den för att er verksamhet deltog i mötet.\n\n"
                        + "Hämta en utskrivbar kopia (inloggning krävs): " + link + "\n\n"
                        + "Barnets plan ersätter inte respektive professions dokumentation.\n\n"
                        + "Frågor om planen: kontakta " + sender.who() + ".\n" + sender.contact() + "\n"
                        + sender.signature(), List.of(), sender.displayName(), sender.replyTo()));
    }

    /** Rule 3: the parties are told; cancelled meetings get a calendar cancellation. */
    public void notifyConsentWithdrawn(Long caseId) {
        ChildCase childCase = cases.findById(caseId).orElseThrow();
        List<CooperationMeeting> all = meetings.findByCaseIdOrderByMeetingNumber(caseId);
        Sender sender = sender(all.isEmpty() ? null : all.get(all.size() - 1).getConvenedBy(),
                childCase.getCoordinatingAgency());
        List<String> recipients = new ArrayList<>();
        recipients.add(sender.agency().getEmail());
        List<MailAttachment> cancellations = new ArrayList<>();
        for (CooperationMeeting meeting : all) {
            meeting.getInvitations().stream().filter(i -> i.getSentAt() != null)
                    .map(i -> agency(i.getAgencyCode()).getEmail()).forEach(recipients::add);
            if (meeting.getStatus() == MeetingStatus.CANCELLED) {
                List<String> attendees = meeting.getInvitations().stream().filter(i -> i.getSentAt() != null)
                        .map(i -> agency(i.getAgencyCode()).getEmail()).toList();
                cancellations.add(calendar.asAttachment(event(meeting, childCase,
                        sender(meeting.getConvenedBy(), childCase.getCoordinatingAgency()), attendees, null, true)));
            }
        }
        mailer.send(new Mail(recipients.stream().filter(CooperationMail::present).distinct().toList(),
                "Samtycket återkallat, ärende " + childCase.getCaseNumber(),
                "Hej!\n\nSamtycket till samverkan i ärende " + childCase.getCaseNumber() + " har återkallats. Ni får det "
                        + "här brevet för att er verksamhet har varit inbjuden till samverkan i ärendet.\n\n"
                        + "Samverkan har avslutats: planerade möten är inställda, inbjudningar är återkallade och "
                        + "Barnets plan är stängd. Dela inga fler uppgifter om barnet inom samverkan.\n\n"
                        + "Frågor: kontakta " + sender.who() + ", som samordnade ärendet.\n" + sender.contact() + "\n"
                        + sender.signature(), cancellations, sender.displayName(), sender.replyTo()));
    }

    private CalendarEvent event(CooperationMeeting meeting, ChildCase childCase, Sender sender, List<String> attendees,
            Instant replyBy, boolean cancelled) {
        String description = "Samverkansmöte enligt Kronobarnsmodellen, ärende " + childCase.getCaseNumber() + ".\n"
                + (meeting.getLink() != null ? "Digitalt möte: " + meeting.getLink() + "\n" : "")
                + "Samordnare: " + sender.who() + ".\n" + sender.contact()
                + (replyBy != null ? "Svara senast " + WHEN.format(replyBy.atZone(ClockConfiguration.SWEDEN))
                        + " i Tasklist (" + server.baseUrl() + "/camunda/app/tasklist/), inte i kalendern.\n" : "");
        return new CalendarEvent("samverkan-" + childCase.getCaseNumber() + "-" + meeting.getMeetingNumber() + "@samverkan",
                "Samverkansmöte, ärende " + childCase.getCaseNumber(), description.strip(),
                meeting.getStartsAt().atZone(ClockConfiguration.SWEDEN), Duration.ofMinutes(meeting.getDurationMinutes()),
                meeting.getPlace(), meeting.getLink(), sender.displayName(), sender.replyTo(),
                attendees, cancelled ? 1 : 0, cancelled);
    }

    /** The person (when the user still exists) and the agency. */
    Sender sender(String userId, String agencyCode) {
        Agency agency = agency(agencyCode);
        User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return new Sender(null, null, agency);
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return new Sender(name.isEmpty() ? user.getId() : name, address(user.getEmail()), agency);
    }

    /** A profile's e-mail address when it is one a mail and a calendar file can carry; otherwise none. */
    static String address(String email) {
        if (!present(email)) {
            return null;
        }
        try {
            InternetAddress parsed = new InternetAddress(email.trim(), true);
            parsed.validate();
            return parsed.getPersonal() == null && !parsed.getAddress().contains(" ") ? parsed.getAddress() : null;
        } catch (AddressException e) {
            return null;
        }
    }

    private static List<String> recipients(Sender coordinator) {
        return List.of(coordinator.agency().getEmail());
    }

    private static String greeting(Sender coordinator) {
        return coordinator.personName() != null ? "Hej " + coordinator.personName() + "!\n\n" : "Hej!\n\n";
    }

    private static String automatic() {
        return "Det här är en automatisk påminnelse från Samverkan till ärendets samordnande verksamhet.\n";
    }

    static String when(CooperationMeeting meeting) {
        return WHEN.format(meeting.getStartsAt().atZone(ClockConfiguration.SWEDEN));
    }

    private static String until(CooperationMeeting meeting) {
        return UNTIL.format(meeting.getStartsAt().plus(Duration.ofMinutes(meeting.getDurationMinutes()))
                .atZone(ClockConfiguration.SWEDEN));
    }

    static String where(CooperationMeeting meeting) {
        return (meeting.getPlace() != null ? "Plats: " + meeting.getPlace() : "")
                + (meeting.getPlace() != null && meeting.getLink() != null ? "\n" : "")
                + (meeting.getLink() != null ? "Digitalt möte: " + meeting.getLink() : "");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private Agency agency(String code) {
        return agencies.findById(code).orElseThrow();
    }
}
