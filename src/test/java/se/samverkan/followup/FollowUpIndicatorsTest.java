package se.samverkan.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A seeded period: cases pass through the real process in the second quarter of 2017 (no other test runs
 * then) with the engine clock moved, and every figure of Uppföljning is asserted, including the suppression
 * of counts under five.
 */
class FollowUpIndicatorsTest extends FollowUpTestSupport {

    static final String SUPPRESSED = "färre än 5";

    @Test
    void aSeededQuarterGivesEveryFigureAndHidesCountsUnderFive() throws Exception {
        Seeded seeded = seedSecondQuarter(2017, "Torsby");

        Map<String, Object> q2 = indicators("cecilia", "period=2017-K2");
        assertThat(at(q2, "period.label")).isEqualTo("andra kvartalet 2017");
        assertThat(at(q2, "period.from")).isEqualTo("2017-04-01");
        assertThat(at(q2, "period.to")).isEqualTo("2017-06-30");

        // Samverkan kring barn: twelve started, ten of them by the school.
        assertThat(text(q2, "children.started")).isEqualTo("12");
        assertThat(value(q2, "children.started")).isEqualTo(12);
        assertThat(rows(q2, "children.outcomes")).containsExactly(
                Map.entry("OWN_SUPPORT", SUPPRESSED), Map.entry("REFERRED", SUPPRESSED), Map.entry("JOINT", "6"),
                Map.entry("NO_CONSENT", SUPPRESSED), Map.entry("BEING_ASSESSED", SUPPRESSED));
        assertThat(text(q2, "children.activeAtEnd")).isEqualTo(SUPPRESSED);
        assertThat(value(q2, "children.activeAtEnd")).isNull();
        assertThat(rows(q2, "children.closedByReason")).containsExactly(
                Map.entry("GOALS_MET", SUPPRESSED), Map.entry("NEED_PASSED", SUPPRESSED),
                Map.entry("FAMILY_DECLINED", SUPPRESSED), Map.entry("MOVED", SUPPRESSED));
        assertThat(text(q2, "children.consentWithdrawn")).isEqualTo(SUPPRESSED);

        // Lead times in days: noticed → consent 1, 2, 3, 4, 5, 10.
        Map<String, Object> toConsent = leadTime(q2, "NOTICED_TO_CONSENT");
        assertThat(text(toConsent, "cases")).isEqualTo("6");
        assertThat(toConsent.get("medianDays")).isEqualTo(3.5);
        assertThat(toConsent.get("p90Days")).isEqualTo(10);
        assertThat(toConsent.get("medianText")).isEqualTo("3,5 dagar");
        assertThat(buckets(toConsent)).containsExactly("5", SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED,
                SUPPRESSED, SUPPRESSED);
        // Consent → first meeting 10, 14, 18, 20, 25, 30.
        Map<String, Object> toMeeting = leadTime(q2, "CONSENT_TO_FIRST_MEETING");
        assertThat(text(toMeeting, "cases")).isEqualTo("6");
        assertThat(toMeeting.get("medianDays")).isEqualTo(19.0);
        assertThat(toMeeting.get("p90Days")).isEqualTo(30);
        assertThat(buckets(toMeeting)).containsOnly(SUPPRESSED);
        // First meeting → plan 0, 0, 1, 2, 3, 7.
        Map<String, Object> toPlan = leadTime(q2, "FIRST_MEETING_TO_PLAN");
        assertThat(text(toPlan, "cases")).isEqualTo("6");
        assertThat(toPlan.get("medianDays")).isEqualTo(1.5);
        assertThat(toPlan.get("p90Days")).isEqualTo(7);
        assertThat(buckets(toPlan)).containsExactly("6", SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED,
                SUPPRESSED, SUPPRESSED);
        // Between follow-up meetings 31 and 33: two cases, so no median either.
        Map<String, Object> between = leadTime(q2, "BETWEEN_FOLLOW_UP_MEETINGS");
        assertThat(text(between, "cases")).isEqualTo(SUPPRESSED);
        assertThat(between.get("medianDays")).isNull();
        assertThat(between.get("p90Days")).isNull();
        assertThat(between.get("medianText")).isEqualTo(SUPPRESSED);

        // Quality: eight meetings held, one without the child's views and two without the guardians';
        // eight plans, all complete; five plans closed, one of them followed by a new meeting.
        assertThat(quality(q2, "CHILD_VIEWS")).isEqualTo("88 %");
        assertThat(quality(q2, "GUARDIAN_VIEWS")).isEqualTo("75 %");
        assertThat(quality(q2, "COMPLETE_ACTIONS")).isEqualTo("100 %");
        assertThat(quality(q2, "PLAN_FOLLOWED_UP")).isEqualTo("20 %");

        // The target: first meeting within 21 days of consent; two cases missed it.
        assertThat(at(q2, "target.days")).isEqualTo(21);
        assertThat(text(q2, "target.missed")).isEqualTo(SUPPRESSED);
        assertThat(at(q2, "target.caseNumbers")).isEqualTo(List.of(seeded.c5(), seeded.c6()));


        // Samverkansteam Torsby met once, on 20 April, with five cases, two of them to be followed up.
        assertThat(text(q2, "teams.meetingsHeld")).isEqualTo("1");
        assertThat(text(q2, "teams.casesRegistered")).isEqualTo("5");
        assertThat(text(q2, "teams.casesDiscussed")).isEqualTo("5");
        assertThat(text(q2, "teams.casesFollowedUp")).isEqualTo(SUPPRESSED);
        List<Map<String, Object>> attendance = (List<Map<String, Object>>) at(q2, "teams.attendance");
        assertThat(attendance).extracting(p -> p.get("party"))
                .containsExactly("FORSAKRINGSKASSAN", "ARBETSFORMEDLINGEN", "KOMMUNEN", "REGIONEN");
        assertThat(attendance).extracting(p -> ((List<Map<String, Object>>) p.get("months")).stream()
                .map(m -> m.get("month") + ":" + m.get("meetings") + ":" + m.get("percent")).toList())
                .containsExactly(
                        List.of("2017-04:1:100", "2017-05:0:null", "2017-06:0:null"),
                        List.of("2017-04:1:100", "2017-05:0:null", "2017-06:0:null"),
                        List.of("2017-04:1:100", "2017-05:0:null", "2017-06:0:null"),
                        List.of("2017-04:1:0", "2017-05:0:null", "2017-06:0:null"));
        Map<String, Object> torsby = indicators("cecilia", "period=2017-K2&team=team-torsby");
        assertThat(at(torsby, "team.name")).isEqualTo("Samverkansteam Torsby");
        assertThat(text(torsby, "teams.casesRegistered")).isEqualTo("5");
        assertThat(text(indicators("cecilia", "period=2017-K2&team=team-forshaga"), "teams.meetingsHeld")).isEqualTo("0");

        // One agency: the school started ten.
        Map<String, Object> school = indicators("lena", "period=2017-K2&agency=skola");
        assertThat(at(school, "agency.name")).isEqualTo("Teleborgsskolan");
        assertThat(text(school, "children.started")).isEqualTo("10");
        assertThat(indicators("lena", "period=2017-K2&agency=socialtjanst").toString()).doesNotContain("\"6\"");
        assertThat(text(indicators("lena", "period=2017-K2&agency=socialtjanst"), "children.started"))
                .isEqualTo(SUPPRESSED);

        // A principal: all of Växjö kommun's units, among them the school; Ljungby kommun started none of them.
        Map<String, Object> vaxjo = indicators("lena", "period=2017-K2&agency=huvudman:Växjö kommun");
        assertThat(at(vaxjo, "agency.name")).isEqualTo("Växjö kommun");
        assertThat(Integer.parseInt(text(vaxjo, "children.started"))).isGreaterThanOrEqualTo(10);
        assertThat(text(indicators("lena", "period=2017-K2&agency=huvudman:Ljungby kommun"), "children.started"))
                .isIn("0", SUPPRESSED);
        ResponseEntity<Map> unknown = restAs("lena").getForEntity(
                "/api/followup/indicators?period=2017&agency=huvudman:Okänd kommun", Map.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(unknown.getBody()).containsEntry("field", "agency");
        List<Map<String, Object>> units = (List<Map<String, Object>>) restAs("lena")
                .getForObject("/api/followup/choices", Map.class).get("agencies");
        assertThat(units).extracting(u -> u.get("name")).containsSubsequence("Ljungby kommun – alla enheter",
                "Ljungsätraskolan", "Region Kronoberg – alla enheter", "Vårdcentralen Teleborg",
                "Växjö kommun – alla enheter", "Teleborgsskolan");

        // April alone: five cases were active at its end (one had closed on 23 April).
        Map<String, Object> april = indicators("cecilia", "period=2017-04");
        assertThat(at(april, "period.label")).isEqualTo("april 2017");
        assertThat(text(april, "children.activeAtEnd")).isEqualTo("5");
        assertThat(text(april, "children.started")).isEqualTo("12");

        // The same figures as CSV, and the board report as PDF with its charts: the target's count, not its cases.
        ResponseEntity<byte[]> csv = restAs("cecilia").getForEntity("/api/followup/indicators.csv?period=2017-K2", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("uppfoljning-2017-K2.csv");
        String csvText = new String(csv.getBody(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFFPeriod;andra kvartalet 2017;2017-04-01 – 2017-06-30\r\n").contains(
                "Avsnitt;Mått;Värde\r\n",
                "Samverkan kring barn;Startade ärenden;12\r\n",
                "Samverkan kring barn;Utfall: Samverkan startad;6\r\n",
                "Samverkan kring barn;Utfall: Eget stöd räcker;färre än 5\r\n",
                "Samverkan kring barn;Avslutade: Målen är uppnådda;färre än 5\r\n",
                "Ledtid: Uppmärksammat → samtycke;Median;3,5 dagar\r\n",
                "Ledtid: Samtycke → första samverkansmöte;90:e percentilen;30 dagar\r\n",
                "Ledtid: Första mötet → Barnets plan upprättad;0–7 dagar;6\r\n",
                "Ledtid: Mellan uppföljande möten;Median;färre än 5\r\n",
                "Kvalitet;Möten där vårdnadshavarnas synpunkter är dokumenterade;75 %\r\n",
                "Kvalitet;Avslutade planer som följts upp vid ett nytt möte;20 %\r\n",
                "Mål;Första mötet senare än 21 dagar efter samtycket;färre än 5\r\n",
                "Samverkansteam;Genomförda träffar;1\r\n",
                "Samverkansteam;Föranmälda ärenden;5\r\n",
                "Samverkansteam;Ärenden som ska följas upp;färre än 5\r\n",
                "Samverkansteam;Närvaro Regionen 2017-04;0 %\r\n",
                "Samverkansteam;Närvaro Arbetsförmedlingen 2017-04;100 %\r\n",
                "Samverkansteam;Närvaro Kommunen 2017-05;ingen träff\r\n")
                .doesNotContain(seeded.c5(), seeded.c6(), "Alva", "Berg");
        ResponseEntity<byte[]> pdf = restAs("lena").getForEntity("/api/followup/report.pdf?period=2017-K2", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(org.springframework.http.MediaType.APPLICATION_PDF);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.getBody())) {
            String pdfText = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Uppföljning – rapport till styrelsen",
                    "Andra kvartalet 2017 (2017-04-01 – 2017-06-30), alla verksamheter, alla samverkansteam",
                    "Startade ärenden 12", "Utfall: Samverkan startad 6", "Utfall: Eget stöd räcker färre än 5",
                    "Samtycke → första samverkansmöte 6 19 dagar 30 dagar",
                    "Mellan uppföljande möten färre än 5 färre än 5 färre än 5",
                    "Möten där barnets synpunkter är dokumenterade 88 %",
                    "Planer där varje insats har verksamhet, ansvarig och datum 100 %",
                    "Ärenden som passerade målet under perioden: färre än 5.", "Genomförda träffar 1",
                    "Föranmälda ärenden 5", "Diskuterade ärenden 5",
                    "Antal under fem visas som", "så att ingen kan kännas igen")
                    .doesNotContain(seeded.c5(), seeded.c6(), "Alva", "Berg", "20150314");
            int images = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                        images++;
                    }
                }
            }
            assertThat(images).as("charts in the PDF").isEqualTo(4);
            // For the eye (and the README): the report and its pages as pictures in target/followup/.
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "followup"));
            java.nio.file.Files.write(folder.resolve("uppfoljning-2017-K2.pdf"), pdf.getBody());
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 80), "png",
                        folder.resolve("uppfoljning-2017-K2-sida-" + (page + 1) + ".png").toFile());
            }
        }

        // Nothing identifying in the answer: no names, no free text, no personal identity number.
        assertThat(restAs("cecilia").getForEntity("/api/followup/indicators?period=2017-K2", String.class).getBody())
                .doesNotContain("Alva", "Berg", "20150314", "trött", "sova");
    }

    @Test
    void onlySupervisorsAndProcessLeadersAndOnlyValidQuestions() {
        for (String outsider : List.of("sara", "olof", "anna")) {
            ResponseEntity<Map> refused = restAs(outsider).getForEntity("/api/followup/indicators?period=2017", Map.class);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).containsEntry("message", "Uppföljningen är till för chefer och processledare.");
            for (String path : List.of("/api/followup/choices", "/api/followup/indicators.csv?period=2019",
                    "/api/followup/report.pdf?period=2019")) {
                ResponseEntity<String> download = restAs(outsider).getForEntity(path, String.class);
                assertThat(download.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(download.getBody()).as(path).contains("Uppföljningen är till för chefer och processledare.");
            }
        }
        assertThat(http.getForEntity("/api/followup/indicators?period=2017", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String period : List.of("", "2017-13", "2017-K5", "1999", "19", "2017-04-01", "x".repeat(5000))) {
            ResponseEntity<Map> bad = restAs("cecilia").getForEntity("/api/followup/indicators?period={p}", Map.class, period);
            assertThat(bad.getStatusCode()).as(period).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody()).containsEntry("field", "period");
            assertThat((String) bad.getBody().get("message")).startsWith("Period: ange en månad");
        }
        ResponseEntity<Map> badPdf = restAs("cecilia").getForEntity("/api/followup/report.pdf?period=2019-K9", Map.class);
        assertThat(badPdf.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badPdf.getBody()).containsEntry("field", "period");
        ResponseEntity<Map> agency = restAs("cecilia").getForEntity("/api/followup/indicators?period=2017&agency=x", Map.class);
        assertThat(agency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(agency.getBody()).containsEntry("field", "agency").containsEntry("message", "Verksamhet: okänd verksamhet.");
        ResponseEntity<Map> team = restAs("cecilia").getForEntity("/api/followup/indicators?period=2017&team=x", Map.class);
        assertThat(team.getBody()).containsEntry("field", "team");
        ResponseEntity<Map> choices = restAs("lena").getForEntity("/api/followup/choices", Map.class);
        assertThat(choices.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, String>>) choices.getBody().get("agencies")).extracting(a -> a.get("code"))
                .contains("skola", "socialtjanst");
        assertThat((List<Map<String, String>>) choices.getBody().get("teams")).extracting(t -> t.get("code"))
                .contains("team-forshaga");
    }

    // --- reading the answer ---------------------------------------------------------------------------------

    Map<String, Object> indicators(String user, String query) {
        ResponseEntity<Map> answer = restAs(user).getForEntity("/api/followup/indicators?" + query, Map.class);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    static Object at(Map<String, Object> json, String path) {
        Object node = json;
        for (String key : path.split("\\.")) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    static String text(Map<String, Object> json, String path) {
        return (String) at(json, path + ".text");
    }

    static Object value(Map<String, Object> json, String path) {
        return at(json, path + ".value");
    }

    static List<Map.Entry<String, String>> rows(Map<String, Object> json, String path) {
        return ((List<Map<String, Object>>) at(json, path)).stream()
                .map(r -> Map.entry((String) r.get("code"), (String) ((Map<String, Object>) r.get("figure")).get("text")))
                .toList();
    }

    static Map<String, Object> leadTime(Map<String, Object> json, String code) {
        return ((List<Map<String, Object>>) json.get("leadTimes")).stream().filter(l -> code.equals(l.get("code")))
                .findFirst().orElseThrow();
    }

    static List<String> buckets(Map<String, Object> leadTime) {
        return ((List<Map<String, Object>>) leadTime.get("distribution")).stream()
                .map(b -> (String) ((Map<String, Object>) b.get("cases")).get("text")).toList();
    }

    static String quality(Map<String, Object> json, String code) {
        return ((List<Map<String, Object>>) json.get("quality")).stream().filter(q -> code.equals(q.get("code")))
                .map(q -> (String) ((Map<String, Object>) q.get("share")).get("text")).findFirst().orElseThrow();
    }
}
