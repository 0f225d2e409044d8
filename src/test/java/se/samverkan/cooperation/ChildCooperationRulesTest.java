package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverkan.platform.ClockConfiguration;

/**
 * PRODUCT.md's rules through the REST API, as anyone could call it: a bad request gets 400 with a
 * Swedish message naming the field, and nothing changes.
 */
class ChildCooperationRulesTest extends CooperationTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CooperationMeetingRepository meetings;

    @Autowired
    ConsentService consentService;

    @Autowired
    ConsentRepository consentRepository;

    @Test
    void anInvalidPersonnummerIsRefusedAndNothingIsRegistered() {
        long casesBefore = cases.count();
        long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("childCooperation").count();
        ResponseEntity<Map> refused = postJson("sara", "/process-definition/key/childCooperation/start", variables(
                "initiatingAgency", "skola", "childName", "Alva Berg", "childPersonalNumber", "20150314-1239",
                "guardian1Name", "Karin Berg", "guardian1Contact", "070-123 45 67",
                "noticed", "Trött."));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", "childPersonalNumber");
        assertThat((String) refused.getBody().get("message")).startsWith("Personnummer: ange ett giltigt personnummer");
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("childCooperation").count()).isEqualTo(instancesBefore);
    }

    @Test
    void staffStartOnlyForTheirOwnAgency() {
        ResponseEntity<Map> refused = postJson("sara", "/process-definition/key/childCooperation/start", variables(
                "initiatingAgency", "socialtjanst", "childName", "Alva Berg", "childPersonalNumber", CHILD_PNR,
                "guardian1Name", "Karin Berg", "guardian1Contact", "070-123 45 67",
                "noticed", "Trött."));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", "initiatingAgency");
    }

    @Test
    void rule1OnlyConsentedAgenciesAreInvited() {
        String pi = activeCase(List.of("socialtjanst"));
        ResponseEntity<Map> refused = invite("sara", pi, List.of("socialtjanst", "polis"), List.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // The form offers only the consented agencies; anything else is refused before any rule runs.
        assertThat(refused.getBody()).containsEntry("field", "invitedAgencies").containsEntry("message",
                "Verksamheter att bjuda in: välj bland alternativen i formuläret.");
        assertThat(meetings.findByCaseIdOrderByMeetingNumber(childCase(pi).getId())).isEmpty();
        assertThat(instance(pi)).isWaitingAt("inviteToMeeting");
    }

    @Test
    void rule2SpecialistCareWithoutEstablishedContactNeedsItsPrimaryCareCounterpartConsented() {
        String pi = activeCase(List.of("bup"));
        ResponseEntity<Map> refused = invite("sara", pi, List.of("bup"), List.of());
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("saknar etablerad vårdkontakt hos Barn- och "
                + "ungdomspsykiatri (BUP)", "barnets vårdcentral ska bjudas in i stället", "Vårdcentralen Teleborg");

        assertThat(invite("sara", pi, List.of("bup"), List.of("bup")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        CooperationMeeting meeting = meetings.findByCaseIdOrderByMeetingNumber(childCase(pi).getId()).get(0);
        assertThat(meeting.invitedAgencies()).containsExactly("bup");
    }

    @Test
    void rule4AMeetingRecordNeedsTheViewsOrWhyTheyAreMissing() {
        String pi = activeCase(List.of("socialtjanst"));
        toMeeting(pi);
        ResponseEntity<Map> refused = complete("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst")),
                "informationSharingAgreed", true, "childViews", "Vill ha hjälp med läxor.");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", "guardianViews");
        assertThat(instance(pi)).isWaitingAt("holdMeeting");

        completeOk("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst")),
                "informationSharingAgreed", true, "viewsMissingReason", "Familjen kunde inte komma; nytt möte bokas.");
        assertThat(instance(pi)).isWaitingAt("adoptChildPlan");
    }

    @Test
    void rule4PlanActionsAreCompleteAndBelongToParticipants() {
        String pi = activeCase(List.of("socialtjanst", "polis"));
        toMeeting(pi);
        completeOk("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst")),
                "informationSharingAgreed", true, "childViews", "Vill ha lugn.", "guardianViews", "Vill ha stöd.");
        String due = LocalDate.now(ClockConfiguration.SWEDEN).plusDays(30).toString();
        ResponseEntity<Map> notParticipant = complete("sara", pi, "adoptChildPlan", planActions(List.of(
                Map.of("what", "Samtal", "agency", "polis", "person", "Per Polisson", "dueDate", due))));
        assertThat(notParticipant.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // Only the meeting's participants are offered; the form refuses anyone else before any rule runs.
        assertThat(notParticipant.getBody()).containsEntry("field", "action1Agency")
                .containsEntry("message", "Verksamhet: välj ett av alternativen i formuläret.");
        ResponseEntity<Map> noPerson = complete("sara", pi, "adoptChildPlan", planActions(List.of(
                Map.of("what", "Samtal", "agency", "socialtjanst", "dueDate", due))));
        assertThat(noPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noPerson.getBody()).containsEntry("field", "action1Person")
                .containsEntry("message", "Ansvarig person: fältet måste fyllas i.");

        completeOk("sara", pi, "adoptChildPlan", planActions(List.of(
                Map.of("what", "Samtal", "agency", "socialtjanst", "person", "Sofia", "dueDate", due))));
        runJobs(pi, "distributeChildPlan");
        ResponseEntity<Map> coordinator = complete("sara", pi, "decideContinuation", "nextCoordinatingAgency", "polis",
                "continuation", "CLOSE", "closeReason", "GOALS_MET");
        assertThat(coordinator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(coordinator.getBody()).containsEntry("field", "nextCoordinatingAgency");
        assertThat(instance(pi)).isWaitingAt("decideContinuation");
    }

    @Test
    void rule3WithdrawnConsentFromTasklistStopsEverythingAndTellsTheParties() throws Exception {
        String pi = activeCase(List.of("socialtjanst", "vardcentral"));
        ProcessInstance instance = instance(pi);
        invite("sara", pi, List.of("socialtjanst", "vardcentral"), List.of());
        runJobs(pi, "sendInvitations");
        mail.reset();

        ResponseEntity<Map> stranger = postJson("per", "/process-definition/key/consentWithdrawal/start", variables(
                "caseNumber", instance.getBusinessKey(), "withdrawnBy", "GUARDIAN_1",
                "withdrawnOn", LocalDate.now(ClockConfiguration.SWEDEN).toString()));
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(instance).isWaitingAt("answerInvitation", "prepareMeeting");

        startOk("sara", "consentWithdrawal", variables(
                "caseNumber", instance.getBusinessKey(), "withdrawnBy", "GUARDIAN_1",
                "withdrawnOn", LocalDate.now(ClockConfiguration.SWEDEN).toString(), "withdrawalNote", "Ringde skolan."));

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).count()).isZero();
        runJobs(pi, "notifyConsentWithdrawn");
        assertThat(instance).isEnded().hasPassed("stopCooperation", "cooperationStopped");
        ChildCase stopped = childCaseByNumber(instance.getBusinessKey());
        assertThat(stopped.getStatus()).isEqualTo(CaseStatus.STOPPED);
        CooperationMeeting meeting = meetings.findByCaseIdOrderByMeetingNumber(stopped.getId()).get(0);
        assertThat(meeting.getStatus()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.getInvitations()).allMatch(i -> i.getStatus() == InvitationStatus.WITHDRAWN);
        // One mail to the coordinator and both invited agencies (GreenMail keeps a copy per recipient).
        assertThat(mail.getReceivedMessages()).hasSize(3);
        assertThat(Arrays.stream(mail.getReceivedMessages()[0].getAllRecipients()).map(Object::toString))
                .containsExactlyInAnyOrder("skola@kommun.example.se", "socialtjanst@kommun.example.se",
                        "vardcentral@region.example.se");
        assertThat(mail.getReceivedMessages()[0].getSubject()).startsWith("Samtycket återkallat");
    }

    @Test
    void anInvitedPartyRegistersAWithdrawalNamingTheGuardianTheCaseKnows() {
        String pi = activeCase(List.of("socialtjanst"));
        String caseNumber = instance(pi).getBusinessKey();
        invite("sara", pi, List.of("socialtjanst"), List.of());
        String today = LocalDate.now(ClockConfiguration.SWEDEN).toString();

        // A name typed by hand is no longer one of the form's choices; the case has no second guardian.
        ResponseEntity<Map> typed = postJson("sofia", "/process-definition/key/consentWithdrawal/start", variables(
                "caseNumber", caseNumber, "withdrawnBy", "Karin Berg", "withdrawnOn", today));
        assertThat(typed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(typed.getBody()).containsEntry("field", "withdrawnBy");
        ResponseEntity<Map> second = postJson("sofia", "/process-definition/key/consentWithdrawal/start", variables(
                "caseNumber", caseNumber, "withdrawnBy", "GUARDIAN_2", "withdrawnOn", today));
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(second.getBody().get("message").toString()).contains("bara en vårdnadshavare");
        assertThat(childCaseByNumber(caseNumber).getStatus()).isEqualTo(CaseStatus.ACTIVE);

        // Sofia's agency was invited to the meeting: a guardian may tell any party.
        startOk("sofia", "consentWithdrawal", variables(
                "caseNumber", caseNumber, "withdrawnBy", "GUARDIAN_1", "withdrawnOn", today));
        ChildCase stopped = childCaseByNumber(caseNumber);
        assertThat(stopped.getStatus()).isEqualTo(CaseStatus.STOPPED);
        assertThat(consentRepository.findByCaseIdOrderById(stopped.getId()))
                .extracting(Consent::getWithdrawnBy).containsOnly("Karin Berg (vårdnadshavare)");
    }

    @Test
    void eightWithdrawalsOfOneCaseAtOnceStopItOnceAndNoneGetsAServerError() throws Exception {
        String pi = activeCase(List.of("socialtjanst"));
        String caseNumber = instance(pi).getBusinessKey();
        String today = LocalDate.now(ClockConfiguration.SWEDEN).toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ResponseEntity<Map>> answers = new ArrayList<>();
        try {
            List<Callable<ResponseEntity<Map>>> clients = Collections.nCopies(8, () -> postJson("sara",
                    "/process-definition/key/consentWithdrawal/start", variables("caseNumber", caseNumber,
                            "withdrawnBy", "GUARDIAN_1", "withdrawnOn", today)));
            for (Future<ResponseEntity<Map>> answer : pool.invokeAll(clients)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.OK).hasSize(1);
        // The others learn, in Swedish, that the cooperation has stopped or that someone was first.
        assertThat(answers).filteredOn(a -> a.getStatusCode() != HttpStatus.OK).allSatisfy(a -> {
            assertThat(a.getStatusCode()).isIn(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT);
            assertThat((String) a.getBody().get("message")).satisfiesAnyOf(
                    m -> assertThat(m).contains("samverkan i ärendet pågår inte"),
                    m -> assertThat(m).startsWith("Någon annan har just ändrat detta"));
        });
        ChildCase stopped = childCaseByNumber(caseNumber);
        assertThat(stopped.getStatus()).isEqualTo(CaseStatus.STOPPED);
        assertThat(consentRepository.findByCaseIdOrderById(stopped.getId())).extracting(Consent::getWithdrawnBy)
                .containsOnly("Karin Berg (vårdnadshavare)");
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("consentWithdrawal").processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    }

    @Test
    void rule3TheRestMessageConsentWithdrawnStopsTheCooperation() {
        String pi = activeCase(List.of("socialtjanst"));
        ProcessInstance instance = instance(pi);
        ResponseEntity<Map> correlated = postJson("demo", "/message", Map.of("messageName", "ConsentWithdrawn",
                "businessKey", instance.getBusinessKey()));
        assertThat(correlated.getStatusCode()).isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).count()).isZero();
        assertThat(childCaseByNumber(instance.getBusinessKey()).getStatus()).isEqualTo(CaseStatus.STOPPED);
        assertThat(consentService.coveredAgencies(childCaseByNumber(instance.getBusinessKey()).getId())).isEmpty();
    }

    @Test
    void rule6NoPersonnummerAnywhereInTheEngineAfterAWholeCase() {
        String pi = activeCase(List.of("socialtjanst"));
        toMeeting(pi);
        completeOk("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst")),
                "informationSharingAgreed", true, "childViews", "Vill ha lugn.", "guardianViews", "Vill ha stöd.");
        completeOk("sara", pi, "adoptChildPlan", planActions(List.of(Map.of("what", "Samtal", "agency",
                "socialtjanst", "person", "Sofia", "dueDate", LocalDate.now(ClockConfiguration.SWEDEN).plusDays(9).toString()))));
        runJobs(pi, "distributeChildPlan");
        completeOk("sara", pi, "decideContinuation", "nextCoordinatingAgency", "skola", "continuation", "CLOSE",
                "closeReason", "NEED_PASSED");

        List<String> forms = List.of(CHILD_PNR, CHILD_PNR.replace("-", ""), CHILD_PNR.substring(2),
                CHILD_PNR.substring(2).replace("-", ""), "Alva Berg", "070-123 45 67");
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_GE_BYTEARRAY",
                "ACT_HI_OP_LOG", "ACT_RU_JOB", "ACT_HI_ACTINST", "ACT_HI_PROCINST", "ACT_HI_TASKINST")) {
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                for (Object value : row.values()) {
                    String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                            : String.valueOf(value);
                    for (String form : forms) {
                        assertThat(text).as(table + " holds " + form).doesNotContain(form);
                    }
                }
            }
        }
        assertThat(childCaseByNumber(businessKey(pi)).getChildPersonalNumber()).isEqualTo(CHILD_PNR);
    }

    /** Started, assessed and consented by Sara (skola): waiting at "Bjud in till samverkansmöte". */
    String activeCase(List<String> consented) {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, consented);
        return pi;
    }

    void toMeeting(String pi) {
        invite("sara", pi, List.of("socialtjanst"), List.of());
        runJobs(pi, "sendInvitations");
        runJobs(pi, "meetingTimeReached");
    }

    ChildCase childCaseByNumber(String number) {
        return cases.findByCaseNumber(number).orElseThrow();
    }
}
