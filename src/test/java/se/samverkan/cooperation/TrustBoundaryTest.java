package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverkan.platform.FormRecord;
import se.samverkan.platform.FormRecordRepository;

/**
 * What an attacker with a demo login tries against "Samverkan kring barn" through the REST API, and that
 * each attempt is refused cleanly (the status, a Swedish message naming the field) with nothing changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrustBoundaryTest extends CooperationTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FormRecordRepository formRecords;

    // --- 1. Case state never comes from client variables ----------------------------------------------

    @Test
    void extraVariablesWithATaskAreRefusedAndTouchNoCase() {
        String other = startCaseAs("sofia", "socialtjanst");
        String own = startCase();
        Long otherCaseId = (Long) engine.getRuntimeService().getVariable(other, "caseId");
        String before = state(own, other);

        for (Object[] extra : List.<Object[]>of(
                new Object[] {"caseId", otherCaseId},
                new Object[] {"coordinatingAgency", "polis"},
                new Object[] {"initiatingAgency", "polis"},
                new Object[] {"caseNumber", "SB-2026-9999"},
                new Object[] {"invitedAgency", "polis"},
                new Object[] {"initiativeId", 1L})) {
            ResponseEntity<Map> refused = complete("sara", own, "assessNeed", "observations", "Trött.",
                    "assessmentOutcome", "JOINT", extra[0], extra[1]);
            assertThat(refused.getStatusCode()).as(String.valueOf(extra[0])).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).containsEntry("field", extra[0]).containsEntry("message",
                    "Fältet \"" + extra[0] + "\" finns inte i formuläret och tas inte emot.");
        }
        assertThat(state(own, other)).isEqualTo(before);
    }

    @Test
    void aStartCannotChooseTheRegistrantTheBusinessKeyOrSkipTheServersListeners() {
        long cases = this.cases.count();
        ResponseEntity<Map> initiator = postJson("hugo", "/process-definition/key/teamCase/start", variables(
                "team", "team-hagfors", "caseType", "QUESTION", "raisingParty", "KOMMUNEN",
                "question", "Hur samordnar vi?", "initiator", "lena"));
        assertThat(initiator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(initiator.getBody()).containsEntry("field", "initiator");

        Map<String, Object> skipping = new LinkedHashMap<>(startVariables());
        skipping.put("skipCustomListeners", true);
        skipping.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "obtainConsent")));
        ResponseEntity<Map> skipped = postJson("sara", "/process-definition/key/childCooperation/start", skipping);
        assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(skipped.getBody()).containsEntry("field", "skipCustomListeners");

        Map<String, Object> businessKey = new LinkedHashMap<>(startVariables());
        businessKey.put("businessKey", "SB-2026-0001");
        ResponseEntity<Map> keyed = postJson("sara", "/process-definition/key/childCooperation/start", businessKey);
        assertThat(keyed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(keyed.getBody()).containsEntry("field", "businessKey");
        assertThat(this.cases.count()).isEqualTo(cases);
    }

    // --- 2. Camunda's own task API cannot widen who sees a case ---------------------------------------

    @Test
    void aCandidateCannotAssignDelegateAddCandidatesOrSetVariables() {
        String pi = startCase();
        Task task = task(pi, "assessNeed");
        String path = "/task/" + task.getId();
        String before = state(pi, pi);

        List<ResponseEntity<Map>> attempts = List.of(
                postJson("sara", path + "/identity-links", Map.of("groupId", "polis", "type", "candidate")),
                postJson("sara", path + "/assignee", Map.of("userId", "per")),
                postJson("sara", path + "/delegate", Map.of("userId", "per")),
                exchange("sara", HttpMethod.PUT, path + "/variables/coordinatingAgency", Map.of("value", "polis")),
                postJson("sara", path + "/variables", Map.of("modifications", Map.of("caseId", Map.of("value", 1)))),
                postJson("sara", "/process-instance/" + pi + "/variables",
                        Map.of("modifications", Map.of("coordinatingAgency", Map.of("value", "polis")))),
                postJson("sara", "/process-instance/" + pi + "/modification", Map.of("instructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "holdMeeting")))),
                postJson("sara", "/message", Map.of("messageName", "ConsentWithdrawn", "businessKey", businessKey(pi),
                        "processVariables", Map.of("coordinatingAgency", Map.of("value", "polis")))),
                postJson("sara", "/signal", Map.of("name", "anything")),
                exchange("cecilia", HttpMethod.DELETE, "/process-instance/" + pi, null),
                exchange("olof", HttpMethod.DELETE, "/process-instance/" + pi, null),
                postJson("olof", "/process-instance/" + pi + "/variables",
                        Map.of("modifications", Map.of("coordinatingAgency", Map.of("value", "polis")))));
        for (ResponseEntity<Map> attempt : attempts) {
            assertThat(attempt.getStatusCode()).as(String.valueOf(attempt.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) attempt.getBody().get("message")).isIn(
                    "Det här anropet är stängt. Ärenden ändras bara genom uppgifternas formulär.",
                    "Du har inte behörighet till detta.");
            // The refusal names no process instance, task or resource.
            assertThat(attempt.getBody().toString()).doesNotContain(pi).doesNotContain(task.getId());
        }
        assertThat(state(pi, pi)).isEqualTo(before);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("skola");
        assertThat(restAs("per").getForEntity("/engine-rest/task/" + task.getId() + "/variables", String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void theUserWhoTookATaskCanGiveItBackButNotToSomeoneElse() {
        String pi = startCase();
        Task task = task(pi, "assessNeed");
        assertThat(postJson("sara", "/task/" + task.getId() + "/claim", Map.of("userId", "sara")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(postJson("sofia", "/task/" + task.getId() + "/unclaim", Map.of()).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(postJson("sara", "/task/" + task.getId() + "/unclaim", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void aClaimCannotHandATaskToAnotherAgencyOrToNobodyAndATakenTaskIsA409() {
        String pi = startCase();
        Task task = task(pi, "assessNeed");
        String before = state(pi, pi);
        for (String other : List.of("per", "nosuchuser", "SARA", "")) {
            ResponseEntity<Map> handed = postJson("sara", "/task/" + task.getId() + "/claim", Map.of("userId", other));
            assertThat(handed.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(handed.getBody()).containsEntry("field", "userId");
            assertThat((String) handed.getBody().get("message")).startsWith("Du kan bara ta en uppgift själv");
        }
        ResponseEntity<Map> extra = postJson("sara", "/task/" + task.getId() + "/claim",
                Map.of("userId", "sara", "assignee", "per"));
        assertThat(extra.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(extra.getBody()).containsEntry("field", "assignee");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(state(pi, pi)).isEqualTo(before);
        // The police never got it, so they cannot complete it.
        assertThat(postJson("per", "/task/" + task.getId() + "/claim", Map.of("userId", "per")).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

        assertThat(postJson("sara", "/task/" + task.getId() + "/claim", Map.of("userId", "sara")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> taken = postJson("rektor", "/task/" + task.getId() + "/claim", Map.of("userId", "rektor"));
        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) taken.getBody().get("message")).isEqualTo("Någon annan har redan tagit uppgiften. Ladda om sidan.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo("sara");
    }

    // --- 3. Bad input is a 400 that names the field, never a 500 --------------------------------------

    @Test
    void missingChoicesWrongTypesAndHugeOrDeepValuesAre400sThatChangeNothing() {
        String pi = startCase();
        String before = state(pi, pi);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Map<String, Object> bytes = Map.of("variables", Map.of("observations",
                Map.of("value", "AAEC", "type", "Bytes"), "assessmentOutcome", Map.of("value", "JOINT")));
        Map<String, Object> object = Map.of("variables", Map.of("observations", Map.of("value", "x", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat",
                        "application/x-java-serialized-object"))));

        record Attempt(String field, String message, ResponseEntity<Map> response) {
        }
        List<Attempt> attempts = List.of(
                new Attempt("assessmentOutcome", "Bedömning: fältet måste fyllas i.",
                        complete("sara", pi, "assessNeed", "observations", "Trött.")),
                new Attempt("assessmentOutcome", "Bedömning: välj ett av alternativen i formuläret.",
                        complete("sara", pi, "assessNeed", "observations", "Trött.", "assessmentOutcome", "POLIS")),
                new Attempt("observations", "Något att lägga till om vad vi sett, hört eller förstått?: högst 4000 tecken.",
                        complete("sara", pi, "assessNeed", "observations", "x".repeat(1_000_000),
                                "assessmentOutcome", "JOINT")),
                new Attempt("wellbeingAreas", "Berörda områden i Barnets bästa-hjulet: välj bland alternativen i formuläret.",
                        complete("sara", pi, "assessNeed", "observations", "Trött.", "assessmentOutcome", "JOINT",
                                "wellbeingAreas", json(List.of(List.of(List.of("trygg")))))),
                new Attempt("wellbeingAreas", "Berörda områden i Barnets bästa-hjulet: fel typ av värde för fältet.",
                        postJson("sara", "/task/" + task(pi, "assessNeed").getId() + "/complete", Map.of("variables",
                                Map.of("observations", Map.of("value", "Trött."), "assessmentOutcome",
                                        Map.of("value", "JOINT"), "wellbeingAreas",
                                        Map.of("value", deep, "type", "Json"))))),
                new Attempt("observations", "Något att lägga till om vad vi sett, hört eller förstått?: fel typ av värde för fältet.",
                        postJson("sara", "/task/" + task(pi, "assessNeed").getId() + "/complete", bytes)),
                new Attempt("observations", "Något att lägga till om vad vi sett, hört eller förstått?: fel typ av värde för fältet.",
                        postJson("sara", "/task/" + task(pi, "assessNeed").getId() + "/complete", object)),
                new Attempt("observations", "Något att lägga till om vad vi sett, hört eller förstått?: texten ser ut att innehålla ett "
                        + "personnummer eller samordningsnummer. Sådana skrivs aldrig i fritext.",
                        complete("sara", pi, "assessNeed", "observations", "Gäller 20150314 – 1234 i klass 4.",
                                "assessmentOutcome", "JOINT")));
        for (Attempt attempt : attempts) {
            assertThat(attempt.response().getStatusCode()).as(attempt.field()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(attempt.response().getBody()).containsEntry("field", attempt.field())
                    .containsEntry("message", attempt.message());
        }
        assertThat(state(pi, pi)).isEqualTo(before);
        assertThat(instanceWaitsAt(pi)).containsExactly("assessNeed");
    }

    @Test
    void aTooLongStartFieldIsA400NotAnSqlError() {
        long cases = this.cases.count();
        Map<String, Object> start = new LinkedHashMap<>(startVariables());
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = new LinkedHashMap<>((Map<String, Object>) start.get("variables"));
        vars.put("guardian1Contact", Map.of("value", "0".repeat(300)));
        ResponseEntity<Map> refused = postJson("sara", "/process-definition/key/childCooperation/start",
                Map.of("variables", vars));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", "guardian1Contact");
        assertThat(refused.getBody().toString()).doesNotContainIgnoringCase("insert").doesNotContain("child_case");
        assertThat(this.cases.count()).isEqualTo(cases);
    }

    @Test
    void eightClientsCompletingOneTaskGiveOneWinnerAndNoServerError() throws Exception {
        String pi = startCase();
        Long caseId = childCase(pi).getId();
        String taskId = task(pi, "assessNeed").getId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<Map>>> clients = Collections.nCopies(8, () -> postJson("sara",
                    "/task/" + taskId + "/complete", variables("observations", "Trött.", "assessmentOutcome", "OWN_SUPPORT")));
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<ResponseEntity<Map>> response : pool.invokeAll(clients)) {
                statuses.add((HttpStatus) response.get().getStatusCode());
            }
            assertThat(statuses).filteredOn(s -> s == HttpStatus.NO_CONTENT).hasSize(1);
            // The losers learn that someone else was first (409); none of them gets a server error.
            assertThat(statuses).noneMatch(HttpStatus::is5xxServerError);
            assertThat(statuses).filteredOn(s -> s == HttpStatus.CONFLICT).isNotEmpty();
        } finally {
            pool.shutdownNow();
        }
        assertThat(cases.findById(caseId).orElseThrow().getStatus()).isEqualTo(CaseStatus.NOT_ACTIVATED);
    }

    // --- 5. Content stays out of the engine -------------------------------------------------------------

    @Test
    void freeTextAndGuardianNamesNeverReachTheEnginesTables() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst"));
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            List<String> names = jdbc.queryForList("select NAME_ from " + table + " where PROC_INST_ID_ = ?",
                    String.class, pi);
            assertThat(names).as(table).isNotEmpty().doesNotContain("observations", "childAndGuardianAccount",
                    "consentingGuardians", "childName", "guardian1Name", "noticed");
        }
        // The content is in the case, where the agencies that take part read it, and in the record of the step.
        assertThat(childCase(pi).getObservations()).isEqualTo("Hög frånvaro, trötthet.");
        assertThat(formRecords.findByProcessInstanceIdOrderById(pi)).extracting(FormRecord::getActivityId)
                .containsExactly("childNeedNoticed", "assessNeed", "obtainConsent");
        assertThat(formRecords.findByProcessInstanceIdOrderById(pi).get(0).getFields())
                .doesNotContain(CHILD_PNR).doesNotContain("Alva Berg");
        assertThat(formRecords.findByProcessInstanceIdOrderById(pi).get(1).getFields())
                .contains("\"label\":\"Något att lägga till om vad vi sett, hört eller förstått?\",\"value\":\"Hög frånvaro, trötthet.\"");
    }

    // --- 6. Logs: one WARN line, no values ----------------------------------------------------------------

    @Test
    void aRefusedMegabyteIsLoggedAsOneLineWithoutItsValue(CapturedOutput output) {
        String pi = startCase();
        String marker = "HEMLIGT-" + System.nanoTime();
        int before = output.getOut().length();
        complete("sara", pi, "assessNeed", "observations", marker + "x".repeat(1_000_000), "assessmentOutcome", "JOINT");
        String logged = output.getOut().substring(before);
        assertThat(logged).doesNotContain(marker).doesNotContain(" ERROR ");
        assertThat(logged.lines().filter(line -> line.contains("Refused"))).hasSize(1);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    String startCaseAs(String user, String agency) {
        Map<String, Object> start = new LinkedHashMap<>(startVariables());
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = new LinkedHashMap<>((Map<String, Object>) start.get("variables"));
        vars.put("initiatingAgency", Map.of("value", agency));
        return startOk(user, "childCooperation", Map.of("variables", vars));
    }

    static Map<String, Object> startVariables() {
        return variables("initiatingAgency", "skola", "childName", "Alva Berg", "childPersonalNumber", CHILD_PNR,
                "guardian1Name", "Karin Berg", "guardian1Contact", "070-123 45 67",
                "noticed", "Alva är ofta trött och ledsen.");
    }

    /** The cases' rows and the process instances' variables and tasks, as text to compare. */
    String state(String... instances) {
        StringBuilder state = new StringBuilder();
        state.append(jdbc.queryForList("select * from child_case order by id"));
        state.append(jdbc.queryForList("select * from consent order by id"));
        for (String pi : instances) {
            state.append(jdbc.queryForList("select NAME_, TYPE_, TEXT_, LONG_ from ACT_RU_VARIABLE "
                    + "where PROC_INST_ID_ = ? order by NAME_, ID_", pi));
            state.append(jdbc.queryForList("select ID_, ASSIGNEE_, OWNER_ from ACT_RU_TASK where PROC_INST_ID_ = ?", pi));
            state.append(jdbc.queryForList("select l.TYPE_, l.GROUP_ID_, l.USER_ID_ from ACT_RU_IDENTITYLINK l "
                    + "join ACT_RU_TASK t on t.ID_ = l.TASK_ID_ where t.PROC_INST_ID_ = ? order by l.ID_", pi));
        }
        return state.toString();
    }

    List<String> instanceWaitsAt(String pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }
}
