package se.samverkan.staircase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
        String pi = startRound("Kinda");
        ProcessInstance instance = instance(pi);
        completeFirstOk("lena", pi, "recordAnchoring",
                "anchoringBody", "Styrgruppen för Psynk", "anchoringDate", TODAY,
                "anchoringDecision", "Kommunen och regionen inventerar samverkanstrappan under våren.");
        int steps = (Integer) engine.getRuntimeService().getVariable(pi, "stepCount");
        assertThat(steps).isEqualTo(6);
        List<Object> plan = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            plan.addAll(List.of("step" + i + "Method", "Inventeringsmöte med verksamheterna", "step" + i + "Responsible",
                    "Lena Processledare", "step" + i + "DueDate", LocalDate.now(ClockConfiguration.SWEDEN).plusMonths(3).toString()));
        }
        completeFirstOk("lena", pi, "draftActionPlan", plan.toArray());

        List<Task> inventories = tasks(pi, "holdInventoryMeeting");
        assertThat(inventories).hasSize(6);
        for (Task task : inventories) {
            String step = (String) engine.getTaskService().getVariable(task.getId(), "stepCode");
            boolean first = step.equals("basen");
            completeOk("lena", task,
                    "inventoryDate", TODAY, "inventoryAgencies", json(List.of("skola", "bhv")),
                    "existingSupport", "Stöd på steget " + step + " finns hos elevhälsan.",
                    "howToReach", "Ring elevhälsan på 0141-22 50 00 (steg " + step + ").",
                    "missingSupport", "Gemensam information saknas.",
                    "writtenAnswerAgencies", json(first ? List.of("socialtjanst", "bup") : List.of()),
                    "answerDeadline", first ? LocalDate.now(ClockConfiguration.SWEDEN).plusDays(7).toString() : "");
        }
        Task socialAnswer = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("writeAnswer")
                .taskCandidateGroup("socialtjanst").singleResult();
        completeOk("sofia", socialAnswer, "writtenAnswer", "Socialtjänsten har föräldrastöd i grupp.");
        // BUP never answers: at the deadline the step goes on and the missing answer is listed.
        runJob(pi, "answersDue");
        assertThat(instance).isWaitingAt("decideDevelopment");
        assertThat((String) engine.getRuntimeService().getVariable(pi, "step1Summary"))
                .contains("Skriftligt svar från Socialtjänsten Växjö: Socialtjänsten har föräldrastöd i grupp.")
                .contains("Skriftligt svar saknas från Barn- och ungdomspsykiatri (BUP).");

        completeFirstOk("lena", pi, "decideDevelopment", "step3Develop", "En vägvisare per skola",
                "step3Who", "Elevhälsochefen", "step3ByWhen", LocalDate.now(ClockConfiguration.SWEDEN).plusMonths(6).toString());
        assertThat(instance).isEnded().hasPassed("publishStaircase");

        ResponseEntity<String> page = http.getForEntity("/samverkanstrappan/kinda", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Samverkanstrappan i Kinda", "Basen – upptäckt", "5 Samordnat stöd",
                "Stöd på steget basen finns hos elevhälsan.", "Ring elevhälsan på 0141-22 50 00 (steg sip).",
                "En vägvisare per skola", "Version 1", "name=\"viewport\"", "@media print");

        // A new round publishes version 2; version 1 stays.
        publishQuickly("Kinda");
        assertThat(http.getForEntity("/samverkanstrappan/kinda", String.class).getBody()).contains("Version 2");
        assertThat(http.getForEntity("/samverkanstrappan/kinda/version/1", String.class).getBody())
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
        assertThat(complete("sara", anchoring, "anchoringBody", "x").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> noDecision = complete("lena", anchoring,
                "anchoringBody", "Styrgruppen", "anchoringDate", TODAY);
        assertThat(noDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDecision.getBody()).containsEntry("field", "anchoringDecision");
        engine.getRuntimeService().deleteProcessInstance(pi, "test", true, true);
    }

    @Test
    void anInitiativeAnswersFourQuestionsInOrderAndEndsInASummary() throws Exception {
        String pi = startOk("sara", "cooperationInitiative",
                variables("title", "Lovaktiviteter för unga 13–18", "departments", "Skola, kultur och socialtjänst"));
        ProcessInstance instance = instance(pi);
        assertThat(instance).isWaitingAt("initiativeDialogue");
        ResponseEntity<Map> skipped = complete("sara", tasks(pi, "initiativeDialogue").get(0));
        assertThat(skipped.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(skipped.getBody()).containsEntry("message", "Vem vill och varför?: fältet måste fyllas i.");

        completeFirstOk("sara", pi, "initiativeDialogue",
                "dialogue", "Skolan och kulturen vill minska ensamhet på loven.");
        assertThat(instance).isWaitingAt("initiativeSharedView");
        completeFirstOk("sara", pi, "initiativeSharedView", "sharedView", "Öppna aktiviteter varje lovdag.");
        completeFirstOk("sara", pi, "initiativeCooperation",
                "cooperation", "Fritidsgårdar, bibliotek och fältsekreterare.");
        completeFirstOk("sara", pi, "initiativeJointAction",
                "jointAction", "Kulturen samordnar; schema klart i april.");
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
        return startOk("lena", "staircaseDevelopment",
                variables("municipality", municipality, "region", "Östergötland"));
    }

    private void publishQuickly(String municipality) {
        String pi = startRound(municipality);
        completeFirstOk("lena", pi, "recordAnchoring", "anchoringBody", "Styrgruppen", "anchoringDate", TODAY,
                "anchoringDecision", "Ny runda.");
        List<Object> plan = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            plan.addAll(List.of("step" + i + "Method", "Möte", "step" + i + "Responsible", "Lena",
                    "step" + i + "DueDate", TODAY));
        }
        completeFirstOk("lena", pi, "draftActionPlan", plan.toArray());
        for (Task task : tasks(pi, "holdInventoryMeeting")) {
            complete("lena", task, "inventoryDate", TODAY, "inventoryAgencies", json(List.of("skola")),
                    "existingSupport", "Elevhälsan.", "howToReach", "Ring.");
        }
        completeFirstOk("lena", pi, "decideDevelopment");
    }

    /** Completes the first open task with this key as the user and asserts 204 No Content. */
    private void completeFirstOk(String user, String pi, String key, Object... variables) {
        completeOk(user, tasks(pi, key).get(0), variables);
    }
}
