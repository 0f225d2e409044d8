package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.platform.ClockConfiguration;

/**
 * The coordinator's forms show what the case already knows, read from the application's tables when
 * the form opens (never stored by the engine): the answers and who comes, the child, what was noticed;
 * the invitation starts with the assessment's areas, the meeting record with those who said they come and
 * the areas called for; a decided next meeting pre-fills the next invitation.
 */
class CoordinatorFlowTest extends CooperationTestSupport {

    @Autowired
    CooperationMeetingRepository meetings;

    @Test
    void formsShowTheAnswersSoFarTheChildAndWhatWasNoticedToThePartiesOnly() {
        String pi = startCase();
        Map<String, Map<String, Object>> assess = formVariables("sara", task(pi, "assessNeed").getId());
        assertThat(assess.get("child")).containsEntry("value", "Alva Berg, 20150314\\-1234");
        assertThat(assess.get("noticedText")).containsEntry("value", "Alva är ofta trött och ledsen och har hög frånvaro\\.");
        assertThat(engine.getRuntimeService().getVariables(pi)).doesNotContainKeys("child", "noticedText");

        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "vardcentral", "bup"));
        invite("sara", pi, List.of("socialtjanst", "bup"), List.of());
        runJobs(pi, "sendInvitations");
        completeOk("vera", answerTask(pi, "vardcentral"), "invitationAnswer", "OTHER_PARTICIPANT",
                "participantName", "Karin *Ek*");

        String answers = (String) formVariables("sara", task(pi, "prepareMeeting").getId())
                .get("invitationAnswers").get("value");
        assertThat(answers.split("\n")).containsExactlyInAnyOrder(
                "- **Socialtjänsten Växjö**: Väntar på svar",
                "- **Vårdcentralen Teleborg**: Någon annan deltar, Karin \\*Ek\\* kommer (Barnet saknar etablerad "
                        + "vårdkontakt hos Barn\\- och ungdomspsykiatri \\(BUP\\); Vårdcentralen Teleborg bjuds in i stället\\.)");
        // The invited agency sees the child by name in its own answer form; nobody else reads the task.
        assertThat(formVariables("sofia", answerTask(pi, "socialtjanst").getId()).get("child"))
                .containsEntry("value", "Alva Berg, 20150314\\-1234");
        ResponseEntity<Map> police = restAs("per").getForEntity(
                "/engine-rest/task/" + task(pi, "prepareMeeting").getId() + "/form-variables", Map.class);
        assertThat(police.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void theMeetingRecordStartsWithThoseWhoSaidTheyComeAndTheDecidedDatePrefillsTheNextInvitation() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "vardcentral", "polis"));
        // The wheel's areas from the assessment are not ticked again in the invitation.
        assertThat(formVariables("sara", task(pi, "inviteToMeeting").getId()).get("meetingAreas"))
                .containsEntry("value", "[\"trygg\",\"ma-bra\"]");
        invite("sara", pi, List.of("socialtjanst", "vardcentral", "polis"), List.of());
        runJobs(pi, "sendInvitations");
        completeOk("sofia", answerTask(pi, "socialtjanst"), "invitationAnswer", "ACCEPT");
        completeOk("vera", answerTask(pi, "vardcentral"), "invitationAnswer", "OTHER_PARTICIPANT",
                "participantName", "Eva Ek");
        completeOk("per", answerTask(pi, "polis"), "invitationAnswer", "DECLINE");
        completeOk("sara", pi, "prepareMeeting", "preMeetingContact", false);
        runJobs(pi, "waitForMeeting");

        Map<String, Map<String, Object>> record = formVariables("sara", task(pi, "holdMeeting").getId());
        assertThat(record.get("attendingAgencies")).containsEntry("type", "Json")
                .containsEntry("value", "[\"socialtjanst\",\"vardcentral\"]");
        // The areas the meeting was called for start ticked as discussed.
        assertThat(record.get("discussedAreas")).containsEntry("value", "[\"trygg\",\"ma-bra\"]");

        completeOk("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst")), "familyPresent", true,
                "informationSharingAgreed", true, "discussedAreas", json(List.of("trygg")),
                "childViews", "Alva vill sova bättre.", "guardianViews", "Karin vill ha stöd hemma.");
        // What the coordinator ticked is recorded (with her own agency), not what the form started with.
        assertThat(meetings.findByCaseIdOrderByMeetingNumber(childCase(pi).getId()).get(0).getAttendingAgencies())
                .containsExactlyInAnyOrder("skola", "socialtjanst");
        completeOk("sara", pi, "adoptChildPlan", planActions(List.of(
                Map.of("what", "Samtal", "agency", "socialtjanst", "person", "Sofia", "dueDate",
                        LocalDate.now(ClockConfiguration.SWEDEN).plusDays(20).toString()))));
        runJobs(pi, "distributeChildPlan");
        LocalDate next = LocalDate.now(ClockConfiguration.SWEDEN).plusDays(30);
        completeOk("sara", pi, "decideContinuation", "nextCoordinatingAgency", "socialtjanst",
                "continuation", "NEXT_MEETING", "nextMeetingDate", next.toString());

        Map<String, Object> meetingStart = formVariables("sofia", task(pi, "inviteToMeeting").getId()).get("meetingStart");
        assertThat(meetingStart).containsEntry("type", "String");
        String start = (String) meetingStart.get("value");
        // The first meeting was at 10:00 Swedish time (see invite); the next starts on the decided day at 10:00.
        assertThat(start).isEqualTo(next + "T10:00");
    }

    private Map<String, Map<String, Object>> formVariables(String user, String taskId) {
        ResponseEntity<Map> answer = restAs(user).getForEntity("/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
