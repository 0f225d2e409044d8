package se.samverkan.team;

import static se.samverkan.platform.HtmlPdf.escape;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverkan.platform.HtmlPdf;

/** The minutes (minnesanteckningar) of a team meeting, as PDF for the members. */
@Component
public class TeamMinutesPdf {

    private static final Map<TeamMeeting.Presence, String> PRESENCE = Map.of(
            TeamMeeting.Presence.MEMBER, "Ordinarie ledamot",
            TeamMeeting.Presence.DEPUTY, "Ersättare",
            TeamMeeting.Presence.ABSENT, "Ingen deltog");

    public byte[] render(Team team, TeamMeeting meeting, List<TeamCase> agenda, List<TeamCaseDiscussion> discussions) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Minnesanteckningar</h1><p>").append(escape(team.getName())).append(", ")
                .append(escape(TeamMail.when(meeting)))
                .append(meeting.getPlace() != null ? ", " + escape(meeting.getPlace()) : "").append("</p>");
        html.append("<h2>Närvaro</h2><table><thead><tr><th>Part</th><th>Deltog</th></tr></thead><tbody>");
        meeting.presence().forEach((party, presence) -> html.append("<tr><td>").append(escape(party.displayName()))
                .append("</td><td>").append(escape(PRESENCE.get(presence))).append("</td></tr>"));
        html.append("</tbody></table>");
        html.append("<h2>Ärenden</h2>");
        int i = 0;
        for (TeamCase teamCase : agenda) {
            TeamCaseDiscussion discussion = discussions.stream().filter(d -> d.getTeamCaseId().equals(teamCase.getId()))
                    .findFirst().orElse(null);
            html.append("<h3>").append(++i).append(". ").append(escape(teamCase.getQuestion())).append("</h3>");
            if (discussion != null) {
                html.append("<p><b>Problemdiskussion:</b> ").append(escape(discussion.getProblem())).append("</p>");
                html.append("<p><b>Förslag till lösningar:</b> ").append(escape(discussion.getProposedSolutions()))
                        .append("</p>");
                html.append("<p><b>Uppföljning:</b> ").append(discussion.isFollowUpNeeded()
                        ? "Ja, ärendet tas upp på nästa träff." : "Nej.").append("</p>");
            }
        }
        if (i == 0) {
            html.append("<p>Inga föranmälda ärenden.</p>");
        }
        if (meeting.getInformationItems() != null) {
            html.append("<h2>Information från parterna</h2><p>").append(escape(meeting.getInformationItems())).append("</p>");
        }
        if (meeting.getTheme() != null) {
            html.append("<h2>Tema</h2><p>").append(escape(meeting.getTheme()))
                    .append(meeting.getGuests() != null ? " (gäster: " + escape(meeting.getGuests()) + ")" : "").append("</p>");
        }
        if (meeting.getNotes() != null) {
            html.append("<h2>Övrigt</h2><p>").append(escape(meeting.getNotes())).append("</p>");
        }
        return HtmlPdf.render("Minnesanteckningar " + team.getName(), "h3 { font-size: 11.5pt; margin: 4mm 0 1mm 0; }",
                html.toString());
    }
}
