package se.samverkan.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/** A whole four-weekly cycle of a new team, driven through the REST API with timers run as jobs. */
class TeamMeetingCycleTest extends SamverkanTestSupport {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MAIL_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    TeamCaseRepository teamCases;

    @Autowired
    LocalPlanRepository localPlans;

    @Autowired
    TeamRepository teams;

    @Test
    void aTeamMeetsRecordsItsCasesCarriesFollowUpsAndStartsTheNextCycle() throws Exception {
        ZonedDateTime first = ZonedDateTime.now(ClockConfiguration.SWEDEN).plusDays(30).withHour(9).withMinute(0).withSecond(0).withNano(0);
        String pi = setUp("Kil", first);
        ProcessInstance instance = instance(pi);
        assertThat(instance.getBusinessKey()).isEqualTo("team-kil");
        assertThat(engine.getIdentityService().createGroupQuery().groupId("team-kil").count()).isOne();
        assertThat(localPlans.findByTeamCodeOrderByVersion("team-kil")).hasSize(1);

        // A second cycle for the same team is refused.
        ResponseEntity<Map> again = postJson("lena", "/process-definition/key/teamMeetingCycle/start", setupVariables("Kil", first));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody()).containsEntry("field", "municipality");

        assertThat(instance).isWaitingAt("registrationOpens");
        runJob(pi, "registrationOpens");
        runJob(pi, "openRegistration");
        assertThat(mail.getReceivedMessages()).hasSize(8);
        assertThat(mail.getReceivedMessages()[0].getSubject()).startsWith("Anmäl ärenden till Samverkansteam Kil");

        // Two cases for this meeting (process leaders register for any team).
        register("Hur samordnar vi stöd när aktivitetsersättningen upphör?");
        register("Hur delar vi på kartläggningen av arbetsförmåga?");

        runJob(pi, "registrationClosed");
        assertThat(instance).isWaitingAt("confirmAgenda");
        Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        assertThat(confirm).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(pi, "agendaCaseCount")).isEqualTo(2);
        completeOk("lena", confirm, "theme", "Unga utan sysselsättning", "guests", "Ungdomsmottagningen",
                "informationItems", "Försäkringskassan: nya regler för sjukpenning från januari.");

        mail.reset();
        runJob(pi, "sendNotice");
        MimeMessage notice = mail.getReceivedMessages()[0];
        assertThat(notice.getAllRecipients()).hasSize(8);
        assertThat(notice.getSubject()).startsWith("Kallelse: Samverkansteam Kil");
        // Unfolded (RFC 5545 folds long lines with CRLF and a space).
        assertThat(partOfType(notice, "text/calendar").replace("\r\n ", "")).contains("METHOD:REQUEST")
                .contains("mailto:lena@demo.samverkan.example.se").doesNotContain("RSVP");
        // From the team, greeting its members and deputies, naming who convenes and how to reach them.
        assertThat(((InternetAddress) notice.getFrom()[0]).getPersonal()).isEqualTo("Samverkansteam Kil");
        assertThat(notice.getReplyTo()[0].toString()).isEqualTo("lena@demo.samverkan.example.se");
        assertThat(textOf(notice)).startsWith("Hej ledamöter och ersättare i Samverkansteam Kil!\n")
                .contains("Frågor om träffarna: kontakta sammankallande\nLena Processledare, lena@demo.samverkan.example.se\n")
                .endsWith("Med vänlig hälsning\nLena Processledare\nSamverkansteam Kil\n");

        runJob(pi, "teamMeetingStarts");
        Task record = engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult();
        // The minutes are due two days after the meeting starts.
        assertThat(record.getDueDate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(2))), 60_000);
        ResponseEntity<Map> missing = complete("lena", record,
                "forsakringskassanPresence", "MEMBER", "arbetsformedlingenPresence", "DEPUTY",
                "kommunenPresence", "MEMBER", "regionenPresence", "ABSENT", "case1Problem", "Oklart ansvar.",
                "teamContinues", "true");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).containsEntry("field", "case2Problem");
        completeOk("lena", record, "forsakringskassanPresence", "MEMBER", "arbetsformedlingenPresence", "DEPUTY",
                "kommunenPresence", "MEMBER", "regionenPresence", "ABSENT",
                "case1Problem", "Oklart vem som kallar till möte.", "case1Solutions", "Kommunen kallar.",
                "case1FollowUp", true,
                "case2Problem", "Dubbla kartläggningar.", "case2Solutions", "Gemensam mall.", "case2FollowUp", false,
                "nextConvening", "TEAM", "localPlanRevision", "Vi träffas var fjärde vecka; kommunen kallar.",
                "teamContinues", "true");

        mail.reset();
        runJob(pi, "sendMinutes");
        String minutes = new PDFTextStripper().getText(Loader.loadPDF(pdfIn(mail.getReceivedMessages()[0])));
        assertThat(minutes).contains("Samverkansteam Kil", "Oklart vem som kallar till möte.", "Gemensam mall.",
                "Ersättare", "Unga utan sysselsättning");

        // The next cycle: 28 days later, convened by the team, with the follow-up on its agenda.
        assertThat(instance).isWaitingAt("registrationOpens");
        Date next = (Date) engine.getRuntimeService().getVariable(pi, "meetingAt");
        assertThat(next.toInstant()).isEqualTo(first.toInstant().plus(Duration.ofDays(28)));
        assertThat(engine.getRuntimeService().getVariable(pi, "conveningGroup")).isEqualTo("team-kil");
        assertThat(teamCases.findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc("team-kil"))
                .filteredOn(c -> c.getMeetingAt().equals(next.toInstant())).hasSize(1);
        assertThat(localPlans.findByTeamCodeOrderByVersion("team-kil")).extracting(LocalPlan::getVersion).containsExactly(1, 2);

        // The next agenda has the case to follow up, not the settled one.
        mail.reset();
        runJob(pi, "registrationOpens");
        runJob(pi, "openRegistration");
        // The team convenes itself now: its members are whom to ask.
        assertThat(textOf(mail.getReceivedMessages()[0])).contains("Frågor om träffarna: kontakta sammankallande\n",
                "Ledamot kommunen (Kommunen), kommunen@kil.example.se\n");
        runJob(pi, "registrationClosed");
        assertThat(instance).isWaitingAt("confirmAgenda");
        assertThat(engine.getRuntimeService().getVariable(pi, "agendaCaseCount")).isEqualTo(1);
        assertThat((String) engine.getRuntimeService().getVariable(pi, "agendaText"))
                .contains("aktivitetsersättningen").doesNotContain("kartläggningen");

        // Indicators: read-only for supervisors and process leaders.
        ResponseEntity<Map> indicators = restAs("cecilia").getForEntity("/api/teams/team-kil/indicators", Map.class);
        assertThat(indicators.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(indicators.getBody()).containsEntry("meetingsHeld", 1).containsEntry("casesRegistered", 2)
                .containsEntry("casesDiscussed", 2).containsEntry("followUps", 1);
        assertThat(((Map<String, Map<String, Integer>>) indicators.getBody().get("attendance")).get("REGIONEN"))
                .containsEntry("ABSENT", 1);
        assertThat(restAs("anna").getForEntity("/api/teams/team-kil/indicators", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // The message TeamDissolved ends the cycle.
        ResponseEntity<Map> dissolved = postJson("demo", "/message", Map.of("messageName", "TeamDissolved",
                "businessKey", "team-kil"));
        assertThat(dissolved.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
        assertThat(instance).isEnded().hasPassed("dissolveTeam");
        assertThat(teams.findById("team-kil").orElseThrow().getDissolvedAt()).isNotNull();
    }

    @Test
    void onlyProcessLeadersSetUpTeams() {
        ResponseEntity<Map> refused = postJson("anna", "/process-definition/key/teamMeetingCycle/start",
                setupVariables("Sunne", ZonedDateTime.now(ClockConfiguration.SWEDEN).plusDays(20)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> incomplete = postJson("lena", "/process-definition/key/teamMeetingCycle/start",
                Map.of("variables", Map.of("municipality", Map.of("value", "Sunne"))));
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(teams.findById("team-sunne")).isEmpty();
    }

    private String setUp(String municipality, ZonedDateTime first) {
        return startOk("lena", "teamMeetingCycle", setupVariables(municipality, first));
    }

    private static Map<String, Object> setupVariables(String municipality, ZonedDateTime first) {
        List<Object> fields = new ArrayList<>(List.of("municipality", municipality,
                "firstMeeting", first.toOffsetDateTime().toString(), "meetingPlace", "Kommunhuset",
                "registrationDaysBefore", 7, "localPlan", "Vi träffas var fjärde vecka."));
        for (String party : List.of("forsakringskassan", "arbetsformedlingen", "kommunen", "regionen")) {
            fields.addAll(List.of(party + "MemberName", "Ledamot " + party, party + "MemberEmail", party + "@kil.example.se",
                    party + "DeputyName", "Ersättare " + party, party + "DeputyEmail", party + ".ersattare@kil.example.se"));
        }
        return variables(fields.toArray());
    }

    private void register(String question) {
        startOk("lena", "teamCase", variables(
                "team", "team-kil", "caseType", "QUESTION", "raisingParty", "KOMMUNEN", "question", question));
    }

    private static String partOfType(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith(type)) {
                return new String(parts.getBodyPart(i).getInputStream().readAllBytes());
            }
        }
        throw new AssertionError("no " + type);
    }

    /** The text part, wherever the multipart put it, with the line ends it was written with. */
    private static String textOf(Part part) throws Exception {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            return ((String) part.getContent()).replace("\r\n", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String text = textOf(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static byte[] pdfIn(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("application/pdf")) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF");
    }
}
