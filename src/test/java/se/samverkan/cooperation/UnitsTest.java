package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Verksamheter as units of a municipality or the region: a teacher in Ljungby sees nothing of a case that a
 * school in Växjö started, the case offers the units of its own municipality and the county-wide ones, and an
 * invitation goes to the invited unit's own contact path.
 */
class UnitsTest extends CooperationTestSupport {

    @Test
    void aLjungbyTeacherSeesNothingOfAVaxjoCase() {
        String pi = startCase();
        assessJoint(pi);
        String taskId = task(pi, "obtainConsent").getId();

        // Not in her Tasklist: neither in the filter's query nor when she asks for the task or the case.
        ResponseEntity<List> tasks = restAs("linnea").getForEntity("/engine-rest/task?processInstanceId=" + pi, List.class);
        assertThat(tasks.getBody()).isEmpty();
        assertThat(restAs("linnea").getForEntity("/engine-rest/task/" + taskId, Map.class).getStatusCode().value())
                .isIn(403, 404);
        assertThat(restAs("linnea").getForEntity("/api/tasks/" + taskId + "/case", String.class).getStatusCode().value())
                .isIn(403, 404);
        List<Map<String, Object>> hers = restAs("linnea").getForObject("/api/cases", List.class);
        assertThat(hers).extracting(c -> c.get("caseNumber")).doesNotContain(businessKey(pi));
        // Nor can she complete it, whatever she sends.
        assertThat(complete("linnea", task(pi, "obtainConsent"), "consentGiven", "false").getStatusCode().value())
                .isIn(403, 404);
        assertThat(task(pi, "obtainConsent").getId()).isEqualTo(taskId);
    }

    @Test
    void theStartFormOffersTheUnitsThePersonWorksIn() {
        for (Map.Entry<String, List<String>> person : Map.of("linnea", List.of("ljungby-skola/Ljungsätraskolan"),
                "sara", List.of("skola/Teleborgsskolan")).entrySet()) {
            Map<String, Object> form = restAs(person.getKey())
                    .getForObject("/engine-rest/process-definition/key/childCooperation/deployed-start-form", Map.class);
            Map<String, Object> field = ((List<Map<String, Object>>) form.get("components")).stream()
                    .filter(c -> "initiatingAgency".equals(c.get("key"))).findFirst().orElseThrow();
            assertThat(field).doesNotContainKey("valuesKey").containsEntry("defaultValue",
                    person.getValue().get(0).split("/")[0]);
            assertThat((List<Map<String, Object>>) field.get("values"))
                    .extracting(v -> v.get("value") + "/" + v.get("label")).containsExactlyElementsOf(person.getValue());
        }
        // Whatever the form showed, the server decides: another person's unit, an unknown code, a list.
        long casesBefore = cases.count();
        for (Object unit : new Object[] {"skola", "ljungby-socialtjanst", "okand-enhet", json(List.of("ljungby-skola"))}) {
            ResponseEntity<Map> refused = postJson("linnea", "/process-definition/key/childCooperation/start",
                    variables("initiatingAgency", unit, "childName", "Nils Ek", "childPersonalNumber", CHILD_PNR,
                            "guardian1Name", "Eva Ek", "guardian1Contact", "070-222 33 44", "noticed", "Frånvaro."));
            assertThat(refused.getStatusCode().value()).as(String.valueOf(unit)).isEqualTo(400);
            assertThat(refused.getBody()).containsEntry("field", "initiatingAgency");
        }
        assertThat(cases.count()).isEqualTo(casesBefore);
        // The deployed form itself is unchanged: the choices come from the server's tables for each reader.
        String deployment = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("childCooperation").latestVersion().singleResult().getDeploymentId();
        try (java.io.InputStream deployed = engine.getRepositoryService()
                .getResourceAsStream(deployment, "forms/childCooperationStart.form")) {
            assertThat(new String(deployed.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"valuesKey\": \"initiatingAgencyOptions\"");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCaseOffersItsMunicipalitysUnitsAndTheCountyWideOnesAndInvitesAUnitAtItsOwnAddress() {
        String pi = startCase();
        assertThat(childCase(pi).getMunicipality()).isEqualTo("Växjö");
        String options = String.valueOf(engine.getRuntimeService().getVariable(pi, "agencyOptions"));
        assertThat(options).contains("\"skola\"", "\"socialtjanst\"", "\"bup\"")
                .doesNotContain("ljungby-", "alvesta-");
        assessJoint(pi);
        // Växjö's school may not name Ljungby's social services: the server's options are the contract.
        ResponseEntity<Map> refused = complete("sara", task(pi, "obtainConsent"), "consentGiven", "true",
                "consentForm", "ORAL", "consentDate", java.time.LocalDate.now(se.samverkan.platform.ClockConfiguration.SWEDEN).toString(),
                "consentingGuardians", "Karin Berg", "childConsent", "GIVEN",
                "consentedAgencies", json(List.of("ljungby-socialtjanst")));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(String.valueOf(refused.getBody())).contains("consentedAgencies");

        Map<String, Object> view = restAs("sara").getForObject("/api/tasks/" + task(pi, "obtainConsent").getId() + "/case",
                Map.class);
        assertThat(view).containsEntry("municipality", "Växjö").containsEntry("coordinatingAgency", "Teleborgsskolan")
                .containsEntry("coordinatingPrincipal", "Växjö kommun");

        String ljungby = startOk("linnea", "childCooperation", variables(
                "initiatingAgency", "ljungby-skola",
                "childName", "Nils Ek",
                "childPersonalNumber", CHILD_PNR,
                "guardian1Name", "Eva Ek", "guardian1Contact", "070-222 33 44",
                "noticed", "Nils är ofta borta från skolan."));
        assertThat(childCase(ljungby).getMunicipality()).isEqualTo("Ljungby");
        completeOk("linnea", ljungby, "assessNeed",
                "observations", "Hög frånvaro.", "childAndGuardianAccount", "Nils säger att han är trött.",
                "wellbeingAreas", json(List.of("trygg")), "assessmentOutcome", "JOINT");
        completeOk("linnea", ljungby, "obtainConsent",
                "consentGiven", "true", "consentForm", "ORAL",
                "consentDate", java.time.LocalDate.now(se.samverkan.platform.ClockConfiguration.SWEDEN).toString(),
                "consentingGuardians", "Eva Ek", "childConsent", "GIVEN",
                "consentedAgencies", json(List.of("ljungby-socialtjanst")));
        assertThat(invite("linnea", ljungby, List.of("ljungby-socialtjanst"), List.of()).getStatusCode().value())
                .isEqualTo(204);
        runJobs(ljungby, "sendInvitations");
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(Arrays.stream(received).map(UnitsTest::recipient))
                .contains("socialtjansten@ljungby.example.se")
                .doesNotContain("socialtjanst@kommun.example.se");
        // Leo in Ljungby's social services answers; Sofia in Växjö's does not see the task.
        assertThat(answerTask(ljungby, "ljungby-socialtjanst")).isNotNull();
        assertThat(restAs("sofia").getForEntity("/engine-rest/task?processInstanceId=" + ljungby, List.class).getBody())
                .isEmpty();
        assertThat(restAs("leo").getForEntity("/engine-rest/task?processInstanceId=" + ljungby, List.class).getBody())
                .hasSize(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
