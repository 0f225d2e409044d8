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
    void aSeededQuarterGivesEveryFigureAndHidesCountsUnderFive() {
        Seeded seeded = seedSecondQuarter(2017);

        Map<String, Object> q2 = indicators("cecilia", "period=2017-K2");
        assertThat(at(q2, "period.label")).isEqualTo("andra kvartalet 2017");
        assertThat(at(q2, "period.from")).isEqualTo("2017-04-01");
        assertThat(at(q2, "period.to")).isEqualTo("2017-06-30");

        // Samverkan kring barn: twelve started, eleven of them by the school.
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

        // No team met in 2017: shown as 0 meetings, case counts suppressed.
        assertThat(text(q2, "teams.meetingsHeld")).isEqualTo("0");
        assertThat(text(q2, "teams.casesRegistered")).isEqualTo(SUPPRESSED);
        assertThat((List<Map<String, Object>>) at(q2, "teams.attendance")).hasSize(4)
                .allSatisfy(party -> assertThat((List<Map<String, Object>>) party.get("months"))
                        .extracting(m -> m.get("month")).containsExactly("2017-04", "2017-05", "2017-06"));

        // One agency: the school started eleven.
        Map<String, Object> school = indicators("lena", "period=2017-K2&agency=skola");
        assertThat(at(school, "agency.name")).isEqualTo("Skola");
        assertThat(text(school, "children.started")).isEqualTo("11");
        assertThat(indicators("lena", "period=2017-K2&agency=socialtjanst").toString()).doesNotContain("\"6\"");
        assertThat(text(indicators("lena", "period=2017-K2&agency=socialtjanst"), "children.started"))
                .isEqualTo(SUPPRESSED);

        // April alone: five cases were active at its end (one had closed on 23 April).
        Map<String, Object> april = indicators("cecilia", "period=2017-04");
        assertThat(at(april, "period.label")).isEqualTo("april 2017");
        assertThat(text(april, "children.activeAtEnd")).isEqualTo("5");
        assertThat(text(april, "children.started")).isEqualTo("12");

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
            assertThat(restAs(outsider).getForEntity("/api/followup/choices", Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/followup/indicators?period=2017", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String period : List.of("", "2017-13", "2017-K5", "1999", "19", "2017-04-01", "x".repeat(5000))) {
            ResponseEntity<Map> bad = restAs("cecilia").getForEntity("/api/followup/indicators?period={p}", Map.class, period);
            assertThat(bad.getStatusCode()).as(period).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody()).containsEntry("field", "period");
            assertThat((String) bad.getBody().get("message")).startsWith("Period: ange en månad");
        }
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
