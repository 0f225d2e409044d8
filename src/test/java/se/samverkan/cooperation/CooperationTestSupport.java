package se.samverkan.cooperation;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/** Drives "Samverkan kring barn" through the REST API as Tasklist does, as the demo users. */
abstract class CooperationTestSupport extends SamverkanTestSupport {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MAIL_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String CHILD_PNR = "20150314-1234";

    @Autowired
    ChildCaseRepository cases;

    /** Sara (skola) notices a need; returns the process instance id. */
    String startCase() {
        return startOk("sara", "childCooperation", variables(
                "initiatingAgency", "skola",
                "childName", "Alva Berg",
                "childPersonalNumber", CHILD_PNR,
                "guardian1Name", "Karin Berg", "guardian1Contact", "070-123 45 67",
                "noticed", "Alva är ofta trött och ledsen och har hög frånvaro."));
    }

    /** The invitation answer task of one invited agency. */
    Task answerTask(String instance, String agency) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance)
                .taskDefinitionKey("answerInvitation").taskCandidateGroup(agency).singleResult();
    }

    void assessJoint(String instance) {
        completeOk("sara", instance, "assessNeed",
                "observations", "Hög frånvaro, trötthet.",
                "childAndGuardianAccount", "Alva berättar att hon sover dåligt.",
                "wellbeingAreas", json(List.of("trygg", "ma-bra")),
                "assessmentOutcome", "JOINT");
    }

    void consent(String instance, List<String> agencies) {
        completeOk("sara", instance, "obtainConsent",
                "consentGiven", "true", "consentForm", "ORAL", "consentDate", LocalDate.now(ClockConfiguration.SWEDEN).toString(),
                "consentingGuardians", "Karin Berg", "childConsent", "GIVEN",
                "consentedAgencies", json(agencies));
    }

    /** Invites to a meeting a week from now (coordinator = the user). */
    ResponseEntity<Map> invite(String user, String instance, List<String> agencies, List<String> careContacts) {
        return complete(user, instance, "inviteToMeeting",
                "meetingAreas", json(List.of("trygg", "ma-bra")),
                "invitedAgencies", json(agencies),
                "establishedCareContacts", json(careContacts),
                "meetingStart", ZonedDateTime.now(ClockConfiguration.SWEDEN).plusDays(7).withHour(10).withMinute(0)
                        .withSecond(0).withNano(0).toOffsetDateTime().toString(),
                "meetingDurationMinutes", 90,
                "meetingPlace", "Elevhälsans rum, Centralskolan");
    }

    /** Plan actions as the form's numbered fields (action1What, action1Agency, ...). */
    static Object[] planActions(List<Map<String, String>> actions) {
        List<Object> fields = new java.util.ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            for (Map.Entry<String, String> field : actions.get(i).entrySet()) {
                fields.add(new PlanActionInput(i + 1, null, null, null, null).field(field.getKey()));
                fields.add(field.getValue());
            }
        }
        return fields.toArray();
    }

    ChildCase childCase(String instance) {
        Long id = (Long) engine.getRuntimeService().getVariable(instance, "caseId");
        return cases.findById(id).orElseThrow();
    }
}
