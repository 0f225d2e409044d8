package se.samverkan.team;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.notification.CalendarEvent;
import se.samverkan.notification.CalendarInvitations;
import se.samverkan.notification.Mail;
import se.samverkan.notification.MailAttachment;
import se.samverkan.notification.Mailer;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.ServerAddress;

/** What a team's members and deputies receive: registration open, notice with agenda, minutes. */
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

    public TeamMail(TeamMeetingService meetings, TeamMemberRepository members, TeamMeetingRepository meetingRows,
            TeamMinutesPdf minutesPdf, Mailer mailer, CalendarInvitations calendar,
            ServerAddress server) {
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
        mailer.send(new Mail(everyone(team.getCode()), "Anmäl ärenden till " + team.getName() + " " + when(meeting),
                "Nu kan ni föranmäla frågor och avidentifierade individärenden till träffen " + when(meeting) + ".\n\n"
                        + "Sista anmälningsdag: " + WHEN.format(team.registrationDeadline(meeting.getMeetingAt())
                                .atZone(ClockConfiguration.SWEDEN)) + ". Senare anmälningar tas upp på träffen därefter.\n"
                        + "Föranmäl i Tasklist (\"Föranmäl ärende till samverkansteam\"): " + server.baseUrl()
                        + "/camunda/app/tasklist/\n", List.of()));
    }

    public void notice(Long meetingId) {
        TeamMeeting meeting = meetingRows.findById(meetingId).orElseThrow();
        Team team = meetings.team(meeting.getTeamCode());
        List<String> to = everyone(team.getCode());
        CalendarEvent event = new CalendarEvent("samverkansteam-" + team.getCode() + "-" + meeting.getId() + "@samverkan",
                team.getName() + ", träff", "Dagordningen finns i kallelsen.", meeting.getMeetingAt().atZone(ClockConfiguration.SWEDEN),
                Duration.ofHours(3), meeting.getPlace(), to.get(0), to, 0, false);
        mailer.send(new Mail(to, "Kallelse: " + team.getName() + " " + when(meeting),
                "Välkomna till träffen " + when(meeting) + (meeting.getPlace() != null ? ", " + meeting.getPlace() : "")
                        + ".\n\n" + agendaText(meeting) + "\nKan den ordinarie ledamoten inte komma deltar ersättaren.\n",
                List.of(calendar.asAttachment(event))));
    }

    public void minutes(Long meetingId) {
        TeamMeeting meeting = meetingRows.findById(meetingId).orElseThrow();
        Team team = meetings.team(meeting.getTeamCode());
        byte[] pdf = minutesPdf.render(team, meeting, meetings.discussedCases(meetingId), meetings.discussionsOf(meetingId));
        mailer.send(new Mail(everyone(team.getCode()), "Minnesanteckningar: " + team.getName() + " " + when(meeting),
                "Minnesanteckningarna från träffen " + when(meeting) + " finns bifogade.\n",
                List.of(new MailAttachment("minnesanteckningar.pdf", "application/pdf", pdf))));
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
