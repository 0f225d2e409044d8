package se.samverkan.cooperation;

import static se.samverkan.platform.HtmlPdf.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.HtmlPdf;

/** Renders Barnets plan as an A4 PDF that every participating agency can print. */
@Component
public class ChildPlanPdf {

    private static final String NOT_A_RECORD = "Barnets plan ersätter inte respektive professions dokumentation. "
            + "Den är en karta över samverkan kring barnet.";

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", SWEDISH);

    /** Printed pages get separated; the running line tells which case and version each page belongs to. */
    private static final String STYLE = """
            @page { @top-left { content: element(docid); } }
            .docid { position: running(docid); font-size: 9pt; color: #555; }
            h1 { margin-bottom: 4mm; }
            .facts { width: auto; }
            .facts td { padding: 0.8mm 8mm 0.8mm 0; border: none; }
            .facts td.label { color: #555; white-space: nowrap; }
            .note { margin: 6mm 0 2mm 0; padding: 2.5mm 3.5mm; background: #f2f4f7; border-left: 1.2mm solid #5a6b80;
                    font-size: 10pt; }
            .actions th, .actions td { padding: 1.8mm 2mm; }
            .actions th { white-space: nowrap; }
            .actions .what { width: 42%; }
            .actions .agency { width: 21%; }
            .actions .person { width: 23%; }
            .actions .due { width: 14%; white-space: nowrap; }
            """;

    public byte[] render(ChildPlanDocument plan) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<div class=\"docid\">Barnets plan ").append(escape(plan.caseNumber())).append(", version ")
                .append(plan.version()).append("</div>");
        html.append("<h1>Barnets plan</h1>");

        html.append("<table class=\"facts\">");
        fact(html, "Ärende", plan.caseNumber());
        fact(html, "Barn", plan.childInitials());
        fact(html, "Version", String.valueOf(plan.version()));
        fact(html, "Samverkansmöte", longDate(plan.meetingDate()));
        fact(html, "Antagen", plan.adoptedAt() == null ? ""
                : plan.adoptedAt().atZoneSameInstant(ClockConfiguration.SWEDEN).format(DATE_TIME));
        fact(html, "Samordnande verksamhet", plan.coordinatingAgencyName());
        fact(html, "Deltagande verksamheter", String.join(", ", plan.participantAgencyNames()));
        if (plan.nextMeetingDate() != null) {
            fact(html, "Nästa möte", longDate(plan.nextMeetingDate()));
        }
        html.append("</table>");
        html.append("<p class=\"note\">").append(escape(NOT_A_RECORD)).append("</p>");

        section(html, "Områden i Barnets bästa-hjulet",
                plan.discussedAreas().isEmpty() ? "Inga områden angivna." : String.join(", ", plan.discussedAreas()));
        section(html, "Barnets synpunkter", plan.childViews());
        section(html, "Vårdnadshavarnas synpunkter", plan.guardianViews());

        html.append("<h2>Insatser</h2>");
        if (plan.actions().isEmpty()) {
            html.append("<p>Inga insatser beslutade.</p>");
        } else {
            html.append("<table class=\"actions\"><thead><tr><th class=\"what\">Vad</th>"
                    + "<th class=\"agency\">Verksamhet</th><th class=\"person\">Ansvarig person</th>"
                    + "<th class=\"due\">Klart senast</th></tr></thead><tbody>");
            for (ChildPlanDocument.Action action : plan.actions()) {
                html.append("<tr><td class=\"what\">").append(escape(action.what()))
                        .append("</td><td class=\"agency\">").append(escape(action.agencyName()))
                        .append("</td><td class=\"person\">").append(escape(action.person()))
                        .append("</td><td class=\"due\">")
                        .append(action.dueDate() == null ? "" : action.dueDate().format(DATE)).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        return HtmlPdf.render("Barnets plan " + plan.caseNumber() + " version " + plan.version(), STYLE,
                html.toString());
    }

    private static String longDate(LocalDate date) {
        return date == null ? "" : date.format(LONG_DATE);
    }

    private static void fact(StringBuilder html, String label, String value) {
        html.append("<tr><td class=\"label\">").append(escape(label)).append("</td><td>").append(escape(value))
                .append("</td></tr>");
    }

    /** One paragraph per line the user wrote; an empty answer still shows its heading, so nothing looks left out. */
    private static void section(StringBuilder html, String heading, String text) {
        html.append("<h2>").append(escape(heading)).append("</h2>");
        for (String paragraph : List.of((text == null || text.isBlank() ? "Saknas." : text).split("\\R+"))) {
            html.append("<p>").append(escape(paragraph)).append("</p>");
        }
    }
}
