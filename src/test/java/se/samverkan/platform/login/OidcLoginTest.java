package se.samverkan.platform.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Login through the organisation's identity provider, against a real provider in the test JVM
 * ({@link TestIdentityProvider}): the webapps by the authorization code flow, the REST API by bearer tokens.
 */
class OidcLoginTest extends OidcTestSupport {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLoginThroughTheProviderGetsTheUnitsAndRolesOfTheClaimsThatExistHere() throws Exception {
        String karin = "karin.larsson@skolan.example.se";
        HttpLogin browser = new HttpLogin(karin);
        HttpLogin.Page tasklist = browser.open(app(TASKLIST), null);
        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.uri().toString()).startsWith(app(TASKLIST));

        JsonNode login = json.readTree(browser.get(app("/camunda/api/admin/auth/user/default")).body());
        assertThat(login.get("userId").asText()).isEqualTo(karin);
        assertThat(login.get("authorizedApps").toString()).contains("tasklist");
        // Units and roles from the claims; an unknown unit, a role sent as a unit and an unknown role are ignored.
        assertThat(engine.getIdentityService().createGroupQuery().groupMember(karin).list().stream().map(Group::getId))
                .containsExactlyInAnyOrder("skola", "team-forshaga", "processledare");
        User user = engine.getIdentityService().createUserQuery().userId(karin).singleResult();
        assertThat(user.getFirstName()).isEqualTo("Karin");
        assertThat(user.getLastName()).isEqualTo("Larsson");
        assertThat(user.getEmail()).isEqualTo("karin@kommun.example.se");
        // No password is stored.
        assertThat(((UserEntity) user).getPassword()).isNull();
    }

    @Test
    void loggingOutEndsTheSessionHereAndAtTheProvider() throws Exception {
        HttpLogin browser = new HttpLogin("sara");
        assertThat(browser.open(app(TASKLIST), null).status()).isEqualTo(200);
        // The webapps' own "Logga ut" ends the session here.
        assertThat(browser.post(app("/camunda/api/admin/auth/user/default/logout")).statusCode()).isEqualTo(200);
        assertThat(browser.get(app("/camunda/api/admin/auth/user/default")).statusCode()).isEqualTo(401);
        // /logout ends the provider's session too (RP-initiated logout).
        assertThat(browser.open(app(TASKLIST), null).status()).isEqualTo(200);
        HttpResponse<String> logout = browser.get(app("/logout"));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow())
                .startsWith(TestIdentityProvider.issuer() + "/connect/logout?id_token_hint=");
        assertThat(browser.get(app("/camunda/api/admin/auth/user/default")).statusCode()).isEqualTo(401);
    }

    @Test
    void aLoginWithoutAUnitOrRoleOfSamverkanIsRefusedInSwedish() throws Exception {
        for (String person : List.of("utan.enhet", "inga.ansprak")) {
            HttpLogin.Page refused = new HttpLogin(person).open(app(TASKLIST), null);
            assertThat(refused.status()).as(person).isEqualTo(403);
            assertThat(refused.body()).as(person).contains("Inloggningen nekades",
                    "ditt konto har ingen verksamhet eller roll i Samverkan (samverkan_units)");
            assertThat(engine.getIdentityService().createUserQuery().userId(person).count()).isZero();
        }
    }

    @Test
    void thePasswordLoginsAreClosed() throws Exception {
        HttpResponse<String> webapp = http.send(HttpRequest.newBuilder(URI.create(
                        app("/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sara&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(webapp.statusCode()).isIn(401, 403);
        HttpResponse<String> basic = send("GET", "/engine-rest/task", "Basic "
                + Base64.getEncoder().encodeToString("sara:demo".getBytes(StandardCharsets.UTF_8)), null);
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void theRestApiTakesTheProvidersBearerTokensAndTheEnginesAuthorizationsDecide() throws Exception {
        String issuer = TestIdentityProvider.issuer();
        String sara = "Bearer " + new HttpLogin("sara").accessToken(issuer);
        String sofia = "Bearer " + new HttpLogin("sofia").accessToken(issuer);

        assertThat(send("GET", "/engine-rest/task", null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/engine-rest/task", "Bearer inte.en.token", null).statusCode()).isEqualTo(401);
        // Signed by the provider, but changed on the way: the signature no longer holds.
        String[] parts = sara.substring("Bearer ".length()).split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"skola\"", "\"socialtjanst\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(send("GET", "/engine-rest/task", "Bearer " + forged, null).statusCode()).isEqualTo(401);
        // Sara's token for another application of the same provider: not for Samverkan.
        String elsewhere = "Bearer " + new HttpLogin("sara").accessToken(issuer, TestIdentityProvider.OTHER_CLIENT_ID);
        assertThat(send("GET", "/engine-rest/task", elsewhere, null).statusCode()).isEqualTo(401);

        // Sara (skola) starts a case; its first task is her unit's.
        HttpResponse<String> started = send("POST", "/engine-rest/process-definition/key/childCooperation/start", sara,
                Map.of("variables", Map.of(
                        "initiatingAgency", Map.of("value", "skola"),
                        "childName", Map.of("value", "Alva Berg"),
                        "childPersonalNumber", Map.of("value", "20150314-1234"),
                        "guardian1Name", Map.of("value", "Karin Berg"),
                        "guardian1Contact", Map.of("value", "070-123 45 67"),
                        "noticed", Map.of("value", "Alva är ofta trött och har hög frånvaro."))));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String instance = json.readTree(started.body()).get("id").asText();
        Task assessNeed = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();

        HttpResponse<String> saras = send("GET", "/engine-rest/task?processInstanceId=" + instance, sara, null);
        assertThat(saras.statusCode()).isEqualTo(200);
        assertThat(json.readTree(saras.body()).findValuesAsText("id")).containsExactly(assessNeed.getId());
        // Sofia (socialtjänst) sees none of it, and may not do Sara's unit's task.
        HttpResponse<String> sofias = send("GET", "/engine-rest/task?processInstanceId=" + instance, sofia, null);
        assertThat(sofias.statusCode()).isEqualTo(200);
        assertThat(json.readTree(sofias.body())).isEmpty();
        assertThat(send("GET", "/engine-rest/task/" + assessNeed.getId() + "/variables", sofia, null).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/engine-rest/task/" + assessNeed.getId() + "/complete", sofia,
                Map.of("variables", Map.of())).statusCode()).isEqualTo(403);
        assertThat(engine.getTaskService().createTaskQuery().taskId(assessNeed.getId()).count()).isOne();
    }

    @Test
    void aBearerTokenWithoutAUnitOfSamverkanIsRefusedInSwedish() throws Exception {
        String token = "Bearer " + new HttpLogin("utan.enhet").accessToken(TestIdentityProvider.issuer());
        HttpResponse<String> refused = send("GET", "/engine-rest/task", token, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        JsonNode body = json.readTree(refused.body());
        assertThat(body.get("field").asText()).isEqualTo("samverkan_units");
        assertThat(body.get("message").asText()).startsWith("Din inloggning har ingen verksamhet eller roll i Samverkan");
    }

    private HttpResponse<String> send(String method, String path, String authorization, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app(path))).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
