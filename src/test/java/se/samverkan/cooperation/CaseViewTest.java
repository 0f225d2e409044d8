package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** "Ärendet": what the agencies taking part read, what everyone else gets, and the Tasklist login. */
class CaseViewTest extends CooperationTestSupport {

    @Test
    void theCoordinatorSeesTheChildTheConsentAndWhoComesAndWhySpecialistCareWasReplaced() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "vardcentral", "bup"));
        invite("sara", pi, List.of("socialtjanst", "bup"), List.of());
        runJobs(pi, "sendInvitations");
        completeOk("sofia", answerTask(pi, "socialtjanst"), "invitationAnswer", "OTHER_PARTICIPANT",
                "participantName", "Karl Nord");
        Task prepare = task(pi, "prepareMeeting");
        ResponseEntity<Map> seen = restAs("sara").getForEntity("/api/tasks/" + prepare.getId() + "/case", Map.class);
        assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(seen.getBody()).containsEntry("childName", "Alva Berg").containsEntry("childPersonalNumber", CHILD_PNR)
                .containsEntry("status", "Samverkan pågår").containsEntry("coordinatingAgency", "Teleborgsskolan");
        assertThat((List<Map<String, Object>>) seen.getBody().get("guardians"))
                .containsExactly(Map.of("name", "Karin Berg", "contact", "070-123 45 67"));
        Map<String, Object> consent = ((List<Map<String, Object>>) seen.getBody().get("consents")).get(0);
        assertThat((String) consent.get("statement")).startsWith("Samtycke har lämnats muntligen");
        List<Map<String, Object>> invitations = (List<Map<String, Object>>)
                ((List<Map<String, Object>>) seen.getBody().get("meetings")).get(0).get("invitations");
        assertThat(invitations).extracting(i -> i.get("agency") + "/" + i.get("answer") + "/" + i.get("participant"))
                .containsExactlyInAnyOrder("Socialtjänsten Växjö/Någon annan deltar/Karl Nord", "Vårdcentralen Teleborg/Väntar på svar/null");
        assertThat(invitations).filteredOn(i -> "Vårdcentralen Teleborg".equals(i.get("agency"))).singleElement()
                .satisfies(i -> assertThat((String) i.get("reason")).contains("saknar etablerad vårdkontakt"));
    }

    @Test
    void myCasesListsWhatMyAgencyTakesPartInWithItsStateInWordsAndMyTasksFirst() {
        String noticed = startCase();
        String invited = startCase();
        assessJoint(invited);
        consent(invited, List.of("socialtjanst"));
        invite("sara", invited, List.of("socialtjanst"), List.of());
        runJobs(invited, "sendInvitations");
        String noticedNumber = businessKey(noticed);
        String invitedNumber = businessKey(invited);

        List<Map<String, Object>> sofias = restAs("sofia").getForObject("/api/cases", List.class);
        Map<String, Object> forSofia = sofias.stream().filter(c -> invitedNumber.equals(c.get("caseNumber")))
                .findFirst().orElseThrow();
        assertThat(sofias).extracting(c -> c.get("caseNumber")).doesNotContain(noticedNumber);
        assertThat(forSofia).containsEntry("childName", "Alva Berg").containsEntry("coordinatingAgency", "Teleborgsskolan")
                .containsEntry("open", true);
        assertThat((String) forSofia.get("state")).startsWith("Väntar på svar, möte ").endsWith("kl. 10:00");
        assertThat((String) forSofia.get("nextMeeting")).endsWith("kl. 10:00");
        assertThat((List<Map<String, Object>>) forSofia.get("myTasks")).extracting(t -> t.get("name"))
                .containsExactly("Svara på inbjudan");
        // Cases with something for Sofia to do come before every case where she has nothing to do.
        List<Boolean> hasTasks = sofias.stream().map(c -> !((List<?>) c.get("myTasks")).isEmpty()).toList();
        assertThat(hasTasks.indexOf(false) == -1 || hasTasks.lastIndexOf(true) < hasTasks.indexOf(false))
                .as(hasTasks.toString()).isTrue();

        List<Map<String, Object>> saras = restAs("sara").getForObject("/api/cases", List.class);
        assertThat(saras).extracting(c -> c.get("caseNumber") + "/" + c.get("state"))
                .contains(noticedNumber + "/Behovet bedöms");

        assertThat(restAs("per").getForObject("/api/cases", List.class)).extracting(c -> ((Map) c).get("caseNumber"))
                .doesNotContain(noticedNumber, invitedNumber);
        assertThat(http.getForEntity("/api/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theCasePageShowsTheStepsSoFarAndWhoMayWithdrawAndNothingToOthers() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst"));
        String caseNumber = businessKey(pi);

        ResponseEntity<Map> page = restAs("sara").getForEntity("/api/cases/" + caseNumber, Map.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> steps = (List<Map<String, Object>>) page.getBody().get("steps");
        assertThat(steps).extracting(s -> s.get("what") + " (" + s.get("who") + ")")
                .containsExactly("Behov hos barn uppmärksammat (Sara Skolgren)",
                        "Bedöm behov av samverkan (Sara Skolgren)", "Inhämta samtycke (Sara Skolgren)");
        assertThat((List<Map<String, String>>) steps.get(1).get("fields"))
                .contains(Map.of("label", "Något att lägga till om vad vi sett, hört eller förstått?", "value", "Hög frånvaro, trötthet."));
        assertThat(page.getBody()).containsEntry("state", "Möte ska bokas");
        assertThat((Map<String, Object>) page.getBody().get("withdrawal")).containsEntry("possible", true)
                .containsEntry("withdrawnBy", List.of(
                        Map.of("code", "CHILD", "label", "Alva Berg (barnet/ungdomen)"),
                        Map.of("code", "GUARDIAN_1", "label", "Karin Berg (vårdnadshavare)")));

        ResponseEntity<String> police = restAs("per").getForEntity("/api/cases/" + caseNumber, String.class);
        ResponseEntity<String> unknown = restAs("per").getForEntity("/api/cases/SB-1999-9999", String.class);
        assertThat(police.getStatusCode()).isEqualTo(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(police.getBody()).isEqualTo(unknown.getBody());
    }

    @Test
    void anAgencyNotTakingPartGetsWhatAnUnknownTaskGets() {
        String pi = startCase();
        String taskId = task(pi, "assessNeed").getId();
        ResponseEntity<String> police = restAs("per").getForEntity("/api/tasks/" + taskId + "/case", String.class);
        ResponseEntity<String> unknown = restAs("per").getForEntity("/api/tasks/no-such-task/case", String.class);
        assertThat(police.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(police.getBody()).isEqualTo(unknown.getBody()).isEqualTo("Det finns inget ärende här som din verksamhet deltar i.");
        assertThat(http.getForEntity("/api/tasks/" + taskId + "/case", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theTasklistLoginReadsTheApplicationsApiButWritesNeedMore() {
        String pi = startCase();
        String taskId = task(pi, "assessNeed").getId();
        HttpHeaders session = tasklistSession("sara");
        ResponseEntity<Map> read = http.exchange("/api/tasks/" + taskId + "/case", HttpMethod.GET,
                new HttpEntity<>(session), Map.class);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody()).containsEntry("childName", "Alva Berg");

        // A page elsewhere that makes the browser post with the session gets the login challenge, not a change.
        session.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> write = http.exchange("/api/tasks/" + taskId + "/case", HttpMethod.POST,
                new HttpEntity<>("{}", session), String.class);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBrowserWithoutALoginIsSentToTasklistsLoginAndProgramsGetTheBasicChallenge() throws Exception {
        String link = http.getRootUri() + "/api/cases/SB-2026-0001/plans/1/pdf";
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(link))
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/camunda/app/tasklist/default/#/samverkan/inloggad?till=%2Fapi%2Fcases%2FSB-2026-0001%2Fplans%2F1%2Fpdf"));

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(URI.create(link))
                .header(HttpHeaders.ACCEPT, "application/pdf").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
    }

    /** Logs in as Tasklist does (its page first, for the CSRF token) and returns the session's cookies. */
    private HttpHeaders tasklistSession(String user) {
        WebappLogin login = webappLogin("tasklist", user);
        HttpHeaders session = new HttpHeaders();
        List<String> renewed = login.response().getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
        (renewed.isEmpty() ? login.pageCookies().get(HttpHeaders.COOKIE)
                : renewed.stream().map(c -> c.split(";")[0]).toList())
                .forEach(cookie -> session.add(HttpHeaders.COOKIE, cookie));
        return session;
    }
}
