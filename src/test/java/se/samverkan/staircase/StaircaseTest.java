package se.samverkan.staircase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/** Samverkanstrappan and the four-step initiative, through the REST API and the public page. */
class StaircaseTest extends SamverkanTestSupport {

    private static final String TODAY = LocalDate.now(ClockConfiguration.SWEDEN).toString();

    @Test
    void aWholeRoundEndsInAPublishedPageEvenWhenAWrittenAnswerIsMissing() {
        String pi = startRound("Motala");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
        complete("lena", pi, "recordAnchoring", "anchoringBody", "Styrgruppen för Psynk", "anchoringDate", TODAY,
                "anchoringDecision", "Kommunen och regionen inventerar samverkanstrappan under våren.");
        int steps = (Integer) engine.getRuntimeService().getVariable(pi, "stepCount");
        assertThat(steps).isEqualTo(6);
        List<Object> plan = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            plan.addAll(List.of("step" + i + "Method", "Inventeringsmöte med verksamheterna", "step" + i + "Responsible",
                    "Lena Processledare", "step" + i + "DueDate", LocalDate.now(ClockConfiguration.SWEDEN).plusMonths(3).toString()));
        }
        complete("lena", pi, "draftActionPlan", plan.toArray());

        List<Task> inventories = tasks(pi, "holdInventoryMeeting");
        assertThat(inventories).hasSize(6);
        for (Task task : inventories) {
            String step = (String) engine.getTaskService().getVariable(task.getId(), "stepCode");
            boolean first = step.equals("basen");
            ResponseEntity<Map> done = postJson("lena", "/task/" + task.getId() + "/complete", variables(
                    "inventoryDate", TODAY, "inventoryAgencies", json(List.of("skola", "bhv")),
                    "existingSupport", "Stöd på steget " + step + " finns hos elevhälsan.",
                    "howToReach", "Ring elevhälsan på 0141-22 50 00 (steg " + step + ").",
                    "missingSupport", "Gemensam information saknas.",
                    "writtenAnswerAgencies", json(first ? List.of("socialtjanst", "bup") : List.of()),
                    "answerDeadline", first ? LocalDate.now(ClockConfiguration.SWEDEN).plusDays(7).toString() : ""));
            assertThat(done.getStatusCode()).as(String.valueOf(done.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        }
        Task socialAnswer = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("writeAnswer")
                .taskCandidateGroup("socialtjanst").singleResult();
        ResponseEntity<Map> answered = postJson("sofia", "/task/" + socialAnswer.getId() + "/complete",
                variables("writtenAnswer", "Socialtjänsten har föräldrastöd i grupp."));
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        // BUP never answers: at the deadline the step goes on and the missing answer is listed.
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(pi).activityId("answersDue").singleResult();
        engine.getManagementService().executeJob(deadline.getId());
        assertThat(instance).isWaitingAt("decideDevelopment");
        assertThat((String) engine.getRuntimeService().getVariable(pi, "step1Summary"))
                .contains("Skriftligt svar från Socialtjänsten: Socialtjänsten har föräldrastöd i grupp.")
                .contains("Skriftligt svar saknas från Barn- och ungdomspsykiatri (BUP).");

        complete("lena", pi, "decideDevelopment", "step3Develop", "En vägvisare per skola", "step3Who", "Elevhälsochefen",
                "step3ByWhen", LocalDate.now(ClockConfiguration.SWEDEN).plusMonths(6).toString());
        assertThat(instance).isEnded().hasPassed("publishStaircase");

        ResponseEntity<String> page = http.getForEntity("/samverkanstrappan/motala", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Samverkanstrappan i Motala", "Basen – upptäckt", "5 Samordnat stöd",
                "Stöd på steget basen finns hos elevhälsan.", "Ring elevhälsan på 0141-22 50 00 (steg sip).",
                "En vägvisare per skola", "Version 1", "name=\"viewport\"", "@media print");

        // A new round publishes version 2; version 1 stays.
        publishQuickly("Motala");
        assertThat(http.getForEntity("/samverkanstrappan/motala", String.class).getBody()).contains("Version 2");
        assertThat(http.getForEntity("/samverkanstrappan/motala/version/1", String.class).getBody())
                .contains("En vägvisare per skola");
        assertThat(http.getForEntity("/samverkanstrappan/okand", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyProcessLeadersLeadTheStaircaseWork() {
        ResponseEntity<Map> staff = postJson("sara", "/process-definition/key/staircaseDevelopment/start",
                variables("municipality", "Motala", "region", "Östergötland"));
        assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String pi = startRound("Vadstena");
        Task anchoring = tasks(pi, "recordAnchoring").get(0);
        assertThat(postJson("sara", "/task/" + anchoring.getId() + "/complete", variables("anchoringBody", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> noDecision = postJson("lena", "/task/" + anchoring.getId() + "/complete",
                variables("anchoringBody", "Styrgruppen", "anchoringDate", TODAY));
        assertThat(noDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDecision.getBody()).containsEntry("field", "anchoringDecision");
        engine.getRuntimeService().deleteProcessInstance(pi, "test", true, true);
    }

    @Test
    void anInitiativeAnswersFourQuestionsInOrderAndEndsInASummary() throws Exception {
        ResponseEntity<Map> started = postJson("sara", "/process-definition/key/cooperationInitiative/start",
                variables("title", "Lovaktiviteter för unga 13–18", "departments", "Skola, kultur och socialtjänst"));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String pi = (String) started.getBody().get("id");
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult();
        assertThat(instance).isWaitingAt("initiativeDialogue");
        ResponseEntity<Map> skipped = postJson("sara", "/task/" + tasks(pi, "initiativeDialogue").get(0).getId() + "/complete",
                variables());
        assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(skipped.getBody()).containsEntry("message", "Vem vill och varför?: fältet måste fyllas i.");

        complete("sara", pi, "initiativeDialogue", "dialogue", "Skolan och kulturen vill minska ensamhet på loven.");
        assertThat(instance).isWaitingAt("initiativeSharedView");
        complete("sara", pi, "initiativeSharedView", "sharedView", "Öppna aktiviteter varje lovdag.");
        complete("sara", pi, "initiativeCooperation", "cooperation", "Fritidsgårdar, bibliotek och fältsekreterare.");
        complete("sara", pi, "initiativeJointAction", "jointAction", "Kulturen samordnar; schema klart i april.");
        assertThat(instance).isEnded().hasPassed("completeInitiative");

        String url = (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
                .variableName("summaryUrl").singleResult().getValue();
        ResponseEntity<byte[]> pdf = restAs("sara").getForEntity(url, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(pdf.getBody()))).contains("Lovaktiviteter för unga",
                "Samtal", "Vem vill och varför?", "Öppna aktiviteter varje lovdag.", "Kulturen samordnar");
        assertThat(restAs("per").getForEntity(url, byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private String startRound(String municipality) {
        ResponseEntity<Map> started = postJson("lena", "/process-definition/key/staircaseDevelopment/start",
                variables("municipality", municipality, "region", "Östergötland"));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("id");
    }

    private void publishQuickly(String municipality) {
        String pi = startRound(municipality);
        complete("lena", pi, "recordAnchoring", "anchoringBody", "Styrgruppen", "anchoringDate", TODAY,
                "anchoringDecision", "Ny runda.");
        List<Object> plan = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            plan.addAll(List.of("step" + i + "Method", "Möte", "step" + i + "Responsible", "Lena",
                    "step" + i + "DueDate", TODAY));
        }
        complete("lena", pi, "draftActionPlan", plan.toArray());
        for (Task task : tasks(pi, "holdInventoryMeeting")) {
            postJson("lena", "/task/" + task.getId() + "/complete", variables("inventoryDate", TODAY,
                    "inventoryAgencies", json(List.of("skola")), "existingSupport", "Elevhälsan.", "howToReach", "Ring."));
        }
        complete("lena", pi, "decideDevelopment");
    }

    private List<Task> tasks(String pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).list();
    }

    private void complete(String user, String pi, String key, Object... variables) {
        Task task = tasks(pi, key).get(0);
        ResponseEntity<Map> response = postJson(user, "/task/" + task.getId() + "/complete", variables(variables));
        assertThat(response.getStatusCode()).as(key + ": " + response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
}
