package se.samverkan.cooperation;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.samverkan.platform.HtmlPdf;

/** Renders Barnets plan as an A4 PDF that every participating agency can print. */
@Component
public class ChildPlanPdf {

    private static final Locale SWEDISH = new Locale("sv", "SE");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", SWEDISH);

    private static final String STYLE = """
            .facts td { padding: 0.6mm 6mm 0.6mm 0; vertical-align: top; border: none; }
            .facts td.label { color: #555; }
            .note { margin-top: 8mm; font-size: 9.5pt; color: #444; border-left: 1mm solid #999; padding-left: 3mm; }
            """;

    public byte[] render(ChildPlanDocument plan) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<h1>Barnets plan</h1>");
        html.append("<table class=\"facts\">");
        fact(html, "Ärende", plan.caseNumber() + " (barn: " + plan.childInitials() + ")");
        fact(html, "Version", String.valueOf(plan.version()));
        fact(html, "Samverkansmöte", plan.meetingDate().format(LONG_DATE));
        fact(html, "Antagen", plan.adoptedAt().format(DATE_TIME));
        fact(html, "Samordnande verksamhet", plan.coordinatingAgencyName());
        fact(html, "Deltagande verksamheter", String.join(", ", plan.participantAgencyNames()));
        if (plan.nextMeetingDate() != null) {
            fact(html, "Nästa möte", plan.nextMeetingDate().format(LONG_DATE));
        }
        html.append("</table>");

        section(html, "Områden i Barnets bästa-hjulet",
                plan.discussedAreas().isEmpty() ? "Inga områden angivna." : String.join(", ", plan.discussedAreas()));
        section(html, "Barnets synpunkter", plan.childViews());
        section(html, "Vårdnadshavarnas synpunkter", plan.guardianViews());

        html.append("<h2>Insatser</h2>");
        if (plan.actions().isEmpty()) {
            html.append("<p>Inga insatser beslutade.</p>");
        } else {
            html.append("<table><thead><tr><th>Vad</th><th>Verksamhet</th><th>Ansvarig person</th>"
                    + "<th>Klart senast</th></tr></thead><tbody>");
            for (ChildPlanDocument.Action action : plan.actions()) {
                html.append("<tr><td>").append(esc(action.what())).append("</td><td>").append(esc(action.agencyName()))
                        .append("</td><td>").append(esc(action.person())).append("</td><td>")
                        .append(esc(action.dueDate().toString())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<p class=\"note\">Barnets plan ersätter inte respektive professions dokumentation. "
                + "Den är en karta över samverkan kring barnet.</p>");
        return HtmlPdf.render("Barnets plan " + plan.caseNumber() + " version " + plan.version(), STYLE,
                html.toString());
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<tr><td class=\"label\">").append(esc(label)).append("</td><td>").append(esc(value)).append("</td></tr>");
    }

    private static void section(StringBuilder html, String heading, String text) {
        html.append("<h2>").append(esc(heading)).append("</h2>");
        for (String paragraph : List.of((text == null || text.isBlank() ? "Saknas." : text).split("\\R+"))) {
            html.append("<p>").append(esc(paragraph)).append("</p>");
        }
    }

    private static String esc(String text) {
        return HtmlPdf.escape(text);
    }
}
