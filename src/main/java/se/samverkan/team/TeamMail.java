package se.samverkan.team;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.notification.CalendarEvent;
import se.samverkan.notification.CalendarInvitations;
import se.samverkan.notification.Mail;
import se.samverkan.notification.MailAttachment;
import se.samverkan.notification.Mailer;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.ServerAddress;

/**
 * What a team's members and deputies receive: registration open, notice with agenda, minutes. Each mail is from the
 * team and names who convenes it (the users of the convening group) and how to reach them.
 */
@Service
@Transactional
public class TeamMail {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm", new Locale("sv", "SE"));

    private final TeamMeetingService meetings;
    private final TeamMemberRepository members;
    private final TeamMeetingRepository meetingRows;
    private final TeamMinutesPdf minutesPdf;
    private final Mailer mailer;
    private final CalendarInvitations calendar;
    private final ServerAddress server;
    private final IdentityService identity;

    public TeamMail(TeamMeetingService meetings, TeamMemberRepository members, TeamMeetingRepository meetingRows,
            TeamMinutesPdf minutesPdf, Mailer mailer, CalendarInvitations calendar,
            ServerAddress server, ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.meetings = meetings;
        this.members = members;
        this.meetingRows = meetingRows;
        this.minutesPdf = minutesPdf;
        this.mailer = mailer;
        this.calendar = calendar;
        this.server = server;
    }

    public void registrationOpen(Long meetingId) {
        TeamMeeting meeting = meetingRows.findById(meetingId).orElseThrow();
        Team team = meetings.team(meeting.getTeamCode());
        Convener convener = convener(team);
        mailer.send(new Mail(everyone(team.getCode()), "Anmäl ärenden till " + team.getName() + " " + when(meeting),
                greeting(team) + "Nu kan ni föranmäla frågor och avidentifierade individärenden till träffen " + when(meeting)
                        + ".\n\n"
                        + "Sista anmälningsdag: " + WHEN.format(team.registrationDeadline(meeting.getMeetingAt())
                                .atZone(ClockConfiguration.SWEDEN)) + ". Senare anmälningar tas upp på träffen därefter.\n"
                        + "Föranmäl i Tasklist (\"Föranmäl ärende till samverkansteam\"): " + server.baseUrl()
                        + "/camunda/app/tasklist/\n\n" + convener.contact() + "\n" + signature(team, convener),
                List.of(), team.getName(), convener.replyTo()));
    }

    public void notice(Long meetingId) {
        TeamMeeting meeting = meetingRows.findById(meetingId).orElseThrow();
        Team team = meetings.team(meeting.getTeamCode());
        Convener convener = convener(team);
        List<String> to = everyone(team.getCode());
        CalendarEvent event = new CalendarEvent("samverkansteam-" + team.getCode() + "-" + meeting.getId() + "@samverkan",
                team.getName() + ", träff", "Träff i " + team.getName() + ". Dagordningen finns i kallelsen.\n"
                        + convener.contact().strip(), meeting.getMeetingAt().atZone(ClockConfiguration.SWEDEN),
                Duration.ofHours(3), meeting.getPlace(), null, convener.displayName(team),
                convener.replyTo() != null ? convener.replyTo() : to.get(0), to, 0, false);
        mailer.send(new Mail(to, "Kallelse: " + team.getName() + " " + when(meeting),
                greeting(team) + "Välkomna till träffen " + when(meeting)
                        + (meeting.getPlace() != null ? ", " + meeting.getPlace() : "")
                        + ".\n\n" + agendaText(meeting) + "\nKan den ordinarie ledamoten inte komma deltar ersättaren.\n\n"
                        + convener.contact() + "\n" + signature(team, convener),
                List.of(calendar.asAttachment(event)), team.getName(), convener.replyTo()));
    }

    public void minutes(Long meetingId) {
        TeamMeeting meeting = meetingRows.findById(meetingId).orElseThrow();
        Team team = meetings.team(meeting.getTeamCode());
        Convener convener = convener(team);
        byte[] pdf = minutesPdf.render(team, meeting, meetings.discussedCases(meetingId), meetings.discussionsOf(meetingId));
        mailer.send(new Mail(everyone(team.getCode()), "Minnesanteckningar: " + team.getName() + " " + when(meeting),
                greeting(team) + "Minnesanteckningarna från träffen " + when(meeting) + " finns bifogade.\n\n"
                        + convener.contact() + "\n" + signature(team, convener),
                List.of(new MailAttachment("minnesanteckningar.pdf", "application/pdf", pdf)), team.getName(),
                convener.replyTo()));
    }

    /**
     * Who convenes the team's meetings and how to reach them: the users of the convening group (the process
     * leaders), or, when the team convenes itself, its members.
     */
    record Convener(List<String> names, List<String> emails) {

        String contact() {
            StringBuilder text = new StringBuilder("Frågor om träffarna: kontakta sammankallande\n");
            for (int i = 0; i < names.size(); i++) {
                text.append(names.get(i)).append(emails.get(i) != null ? ", " + emails.get(i) : "").append('\n');
            }
            return text.toString();
        }

        String replyTo() {
            return emails.stream().filter(e -> e != null).findFirst().orElse(null);
        }

        String displayName(Team team) {
            return names.isEmpty() ? team.getName() : names.get(0) + ", " + team.getName();
        }
    }

    /** At most a handful of people. */
    Convener convener(Team team) {
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (User user : identity.createUserQuery().memberOfGroup(team.getConveningGroup()).orderByUserId().asc()
                .listPage(0, 5)) {
            String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                    + (user.getLastName() == null ? "" : user.getLastName())).trim();
            names.add(name.isEmpty() ? user.getId() : name);
            emails.add(user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail());
        }
        if (names.isEmpty()) {
            for (TeamMember member : members.findByTeamCodeOrderByParty(team.getCode())) {
                names.add(member.getMemberName() + " (" + member.getParty().displayName() + ")");
                emails.add(member.getMemberEmail());
            }
        }
        return new Convener(names, emails);
    }

    private static String greeting(Team team) {
        return "Hej ledamöter och ersättare i " + team.getName() + "!\n\n";
    }

    private static String signature(Team team, Convener convener) {
        return "Med vänlig hälsning\n" + (convener.names().isEmpty() ? "" : convener.names().get(0) + "\n")
                + team.getName() + "\n";
    }

    /** The agenda as plain text: cases, information items, theme and guests. */
    String agendaText(TeamMeeting meeting) {
        StringBuilder text = new StringBuilder("Dagordning\n");
        int i = 0;
        for (TeamCase teamCase : meetings.agendaOf(meeting)) {
            text.append(++i).append(". ").append(teamCase.getQuestion()).append('\n');
        }
        if (i == 0) {
            text.append("Inga föranmälda ärenden.\n");
        }
        if (meeting.getInformationItems() != null) {
            text.append("\nInformation från parterna:\n").append(meeting.getInformationItems()).append('\n');
        }
        if (meeting.getTheme() != null) {
            text.append("\nTema: ").append(meeting.getTheme()).append('\n');
        }
        if (meeting.getGuests() != null) {
            text.append("Gäster: ").append(meeting.getGuests()).append('\n');
        }
        return text.toString();
    }

    private List<String> everyone(String teamCode) {
        List<String> to = new ArrayList<>();
        for (TeamMember member : members.findByTeamCodeOrderByParty(teamCode)) {
            to.add(member.getMemberEmail());
            if (member.getDeputyEmail() != null) {
                to.add(member.getDeputyEmail());
            }
        }
        if (to.isEmpty()) {
            throw new IllegalStateException("Teamet " + teamCode + " har inga ledamöter att skicka till");
        }
        return to.stream().distinct().toList();
    }

    static String when(TeamMeeting meeting) {
        return WHEN.format(meeting.getMeetingAt().atZone(ClockConfiguration.SWEDEN));
    }
}
