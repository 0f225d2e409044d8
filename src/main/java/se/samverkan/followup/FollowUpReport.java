package se.samverkan.followup;

import static se.samverkan.platform.HtmlPdf.escape;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import org.springframework.stereotype.Component;
import se.samverkan.followup.Indicators.Row;
import se.samverkan.platform.HtmlPdf;

/**
 * The board report (PDF) and the same figures as CSV. Aggregates only: the target shows how many cases
 * missed it, never which; counts under five read "färre än 5".
 */
@Component
public class FollowUpReport {

    private static final String STYLE = """
            .lead { color: #444; margin: 0 0 4mm 0; }
            .chart { width: 160mm; margin: 3mm 0 2mm 0; }
            .note { font-size: 9pt; color: #555; margin-top: 6mm; }
            td.figure, th.figure { text-align: right; width: 30mm; }
            h3 { font-size: 11.5pt; margin: 5mm 0 2mm 0; page-break-after: avoid; }
            """;

    private final FollowUpCharts charts;
    private final Clock clock;

    public FollowUpReport(FollowUpCharts charts, Clock clock) {
        this.charts = charts;
        this.clock = clock;
    }

    /** The rows of the report: section, measure, value; the CSV is exactly these. */
    List<String[]> rows(Indicators data) {
        List<String[]> rows = new ArrayList<>();
        String children = "Samverkan kring barn";
        rows.add(new String[] {children, "Startade ärenden", data.children().started().text()});
        for (Row outcome : data.children().outcomes()) {
            rows.add(new String[] {children, "Utfall: " + outcome.label(), outcome.figure().text()});
        }
        rows.add(new String[] {children, "Pågående vid periodens slut", data.children().activeAtEnd().text()});
        for (Row reason : data.children().closedByReason()) {
            rows.add(new String[] {children, "Avslutade: " + reason.label(), reason.figure().text()});
        }
        rows.add(new String[] {children, "Samtycket återkallat", data.children().consentWithdrawn().text()});
        for (LeadTime lead : data.leadTimes()) {
            String section = "Ledtid: " + lead.label();
            rows.add(new String[] {section, "Ärenden", lead.cases().text()});
            rows.add(new String[] {section, "Median", lead.medianText()});
            rows.add(new String[] {section, "90:e percentilen", lead.p90Text()});
            for (LeadTime.Bucket bucket : lead.distribution()) {
                rows.add(new String[] {section, bucket.label(), bucket.cases().text()});
            }
        }
        for (Indicators.Quality quality : data.quality()) {
            rows.add(new String[] {"Kvalitet", quality.label(), quality.share().text()});
            rows.add(new String[] {"Kvalitet", quality.label() + " (underlag)", quality.share().basis().text()});
        }
        rows.add(new String[] {"Mål", "Första mötet senare än " + data.target().days() + " dagar efter samtycket",
            data.target().missed().text()});
        String teams = "Samverkansteam";
        rows.add(new String[] {teams, "Genomförda träffar", data.teams().meetingsHeld().text()});
        rows.add(new String[] {teams, "Föranmälda ärenden", data.teams().casesRegistered().text()});
        rows.add(new String[] {teams, "Diskuterade ärenden", data.teams().casesDiscussed().text()});
        rows.add(new String[] {teams, "Ärenden som ska följas upp", data.teams().casesFollowedUp().text()});
        for (Indicators.Attendance party : data.teams().attendance()) {
            for (Indicators.MonthShare month : party.months()) {
                rows.add(new String[] {teams, "Närvaro " + party.label() + " " + month.month(),
                    month.percent() == null ? "ingen träff" : month.percent() + " %"});
            }
        }
        rows.add(new String[] {"Enkäter", "Omgångar som stängdes under perioden", String.valueOf(data.surveys().size())});
        for (Indicators.SurveyComparison survey : data.surveys()) {
            String section = "Enkät: " + survey.questionSet() + ", " + survey.team().name();
            for (Indicators.SurveyRound round : survey.rounds()) {
                rows.add(new String[] {section, round.label() + ": antal svar", round.responses().text()});
            }
            for (Indicators.SurveyQuestion question : survey.questions()) {
                for (int i = 0; i < survey.rounds().size(); i++) {
                    rows.add(new String[] {section, survey.rounds().get(i).label() + ": " + question.text()
                        + " (medelvärde 1–5)", question.means().get(i).text()});
                }
            }
        }
        return rows;
    }

    /** Semicolon-separated UTF-8 with a byte order mark, as Swedish spreadsheets open it. */
    public byte[] csv(Indicators data) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line("Period", data.period().label(), data.period().from() + " – " + data.period().to()));
        csv.append(line("Verksamhet", data.agency() == null ? "Alla verksamheter" : data.agency().name(), ""));
        csv.append(line("Samverkansteam", data.team() == null ? "Alla samverkansteam" : data.team().name(), ""));
        csv.append(line("Avsnitt", "Mått", "Värde"));
        rows(data).forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(String... cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            String value = cell == null ? "" : cell;
            // A cell a spreadsheet would read as a formula is kept as text.
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            quoted.add(value.contains(";") || value.contains("\"") || value.contains("\n")
                    ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return String.join(";", quoted) + "\r\n";
    }

    public byte[] pdf(Indicators data) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Uppföljning – rapport till styrelsen</h1>");
        html.append("<p class=\"lead\">").append(escape(capitalised(data.period().label()))).append(" (")
                .append(escape(data.period().from())).append(" – ").append(escape(data.period().to())).append("), ")
                .append(escape(data.agency() == null ? "alla verksamheter" : data.agency().name())).append(", ")
                .append(escape(data.team() == null ? "alla samverkansteam" : data.team().name()))
                .append(". Utskriven ").append(LocalDate.now(clock).format(DateTimeFormatter.ISO_LOCAL_DATE))
                .append(".</p>");

        var c = data.children();
        html.append("<h2>Samverkan kring barn</h2>");
        table(html, List.of(
                new String[] {"Startade ärenden", c.started().text()},
                new String[] {"Pågående vid periodens slut", c.activeAtEnd().text()},
                new String[] {"Samtycket återkallat", c.consentWithdrawn().text()}));
        table(html, c.outcomes().stream().map(r -> new String[] {"Utfall: " + r.label(), r.figure().text()}).toList());
        image(html, charts.bars("Utfall av startade ärenden", "Ärenden", c.outcomes().stream().map(Row::label).toList(),
                c.outcomes().stream().map(r -> r.figure().value()).toList(), false, false, 0));
        table(html, c.closedByReason().stream().map(r -> new String[] {"Avslutade: " + r.label(), r.figure().text()})
                .toList());

        html.append("<h2>Ledtider</h2>");
        html.append("<table><thead><tr><th>Steg</th><th class=\"figure\">Ärenden</th><th class=\"figure\">Median</th>"
                + "<th class=\"figure\">90:e percentilen</th></tr></thead><tbody>");
        for (LeadTime lead : data.leadTimes()) {
            html.append("<tr><td>").append(escape(lead.label())).append("</td><td class=\"figure\">")
                    .append(escape(lead.cases().text())).append("</td><td class=\"figure\">")
                    .append(escape(lead.medianText())).append("</td><td class=\"figure\">")
                    .append(escape(lead.p90Text())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        LeadTime consentToMeeting = data.leadTimes().stream()
                .filter(l -> l.code().equals("CONSENT_TO_FIRST_MEETING")).findFirst().orElseThrow();
        image(html, charts.bars("Samtycke → första samverkansmöte, fördelning", "Ärenden",
                consentToMeeting.distribution().stream().map(LeadTime.Bucket::label).toList(),
                consentToMeeting.distribution().stream().map(b -> b.cases().value()).toList(), false, false, 2));

        html.append("<h2>Kvalitet</h2>");
        table(html, data.quality().stream().map(q -> new String[] {q.label(), q.share().text()}).toList());
        image(html, charts.bars("Kvalitet (procent)", "Procent",
                data.quality().stream().map(Indicators.Quality::label).toList(),
                data.quality().stream().map(q -> q.share().percent()).toList(), true, true, 0));

        html.append("<h2>Mål</h2>");
        html.append("<p>Första samverkansmötet inom ").append(data.target().days())
                .append(" dagar från samtycket. Ärenden som passerade målet under perioden: ")
                .append(escape(data.target().missed().text())).append(".</p>");

        var t = data.teams();
        html.append("<h2>Samverkansteam</h2>");
        table(html, List.of(
                new String[] {"Genomförda träffar", t.meetingsHeld().text()},
                new String[] {"Föranmälda ärenden", t.casesRegistered().text()},
                new String[] {"Diskuterade ärenden", t.casesDiscussed().text()},
                new String[] {"Ärenden som ska följas upp", t.casesFollowedUp().text()}));
        List<String> months = t.attendance().isEmpty() ? List.of()
                : t.attendance().get(0).months().stream().map(Indicators.MonthShare::month).toList();
        image(html, charts.lines("Närvaro per part (procent av genomförda träffar)", "Procent", months,
                t.attendance().stream().map(Indicators.Attendance::label).toList(),
                t.attendance().stream().map(a -> a.months().stream().map(Indicators.MonthShare::percent).toList())
                        .toList()));

        surveys(html, data.surveys());

        html.append("<p class=\"note\">Rapporten innehåller bara sammanräknade uppgifter, inga namn och inget "
                + "ärendeinnehåll. Antal under fem visas som ”färre än 5” så att ingen kan kännas igen; andelar och "
                + "ledtider visas först när de bygger på minst fem möten, planer eller ärenden. Närvaron i "
                + "samverkansteamen gäller parterna, inte enskilda. Enkätsvar visas bara sammanräknade och bara när "
                + "minst fem har svarat.</p>");
        return HtmlPdf.render("Uppföljning " + data.period().label(), STYLE, html.toString());
    }

    /** Each survey round closed in the period beside the earlier rounds of its team: a table and a chart. */
    private void surveys(StringBuilder html, List<Indicators.SurveyComparison> surveys) {
        html.append("<h2>Enkäter</h2>");
        if (surveys.isEmpty()) {
            html.append("<p>Ingen enkätomgång stängdes under perioden.</p>");
            return;
        }
        html.append("<p>Omgångar som stängdes under perioden, jämförda med teamets tidigare omgångar med samma frågor. "
                + "Medelvärde på skalan 1 (instämmer inte alls) till 5 (instämmer helt), visat när minst fem har "
                + "svarat. Fritextsvar finns inte i rapporten.</p>");
        for (Indicators.SurveyComparison survey : surveys) {
            html.append("<h3>").append(escape(survey.questionSet())).append(", ").append(escape(survey.team().name()))
                    .append(": ").append(escape(survey.rounds().get(survey.rounds().size() - 1).label())).append("</h3>");
            html.append("<table><thead><tr><th>Fråga</th>");
            for (Indicators.SurveyRound round : survey.rounds()) {
                html.append("<th class=\"figure\">").append(escape(round.label())).append("</th>");
            }
            html.append("</tr></thead><tbody><tr><td>Antal svar</td>");
            for (Indicators.SurveyRound round : survey.rounds()) {
                html.append("<td class=\"figure\">").append(escape(round.responses().text())).append("</td>");
            }
            html.append("</tr>");
            int number = 1;
            for (Indicators.SurveyQuestion question : survey.questions()) {
                html.append("<tr><td>").append(number++).append(". ").append(escape(question.text())).append("</td>");
                for (Indicators.SurveyMean mean : question.means()) {
                    html.append("<td class=\"figure\">").append(escape(mean.text())).append("</td>");
                }
                html.append("</tr>");
            }
            html.append("</tbody></table>");
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= survey.questions().size(); i++) {
                labels.add("Fråga " + i);
            }
            List<List<Double>> means = new ArrayList<>();
            for (int r = 0; r < survey.rounds().size(); r++) {
                int round = r;
                means.add(survey.questions().stream().map(q -> q.means().get(round).mean()).toList());
            }
            image(html, charts.groupedBars("Medelvärde per fråga och omgång", "Medelvärde (1–5)", labels,
                    survey.rounds().stream().map(Indicators.SurveyRound::label).toList(), means, 5));
        }
    }

    private static void table(StringBuilder html, List<String[]> rows) {
        html.append("<table><tbody>");
        for (String[] row : rows) {
            html.append("<tr><td>").append(escape(row[0])).append("</td><td class=\"figure\">").append(escape(row[1]))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private static void image(StringBuilder html, String dataUri) {
        html.append("<img class=\"chart\" src=\"").append(dataUri).append("\" alt=\"\"/>");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
