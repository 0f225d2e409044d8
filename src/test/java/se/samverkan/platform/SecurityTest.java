package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.samverkan.SamverkanTestSupport;

class SecurityTest extends SamverkanTestSupport {

    /** "fatima" is used only here: a wrong password counts against this address for her (LoginThrottle). */
    @Test
    void theRestApiAnswersNobodyWithoutAValidLogin() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("fatima", "fel").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("okand", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(restAs("sara").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theRestApiAddressesTheOneEngineByNameAndNoOther() {
        assertThat(restAs("sara").getForEntity("/engine-rest/engine/default/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(restAs("sara").getForEntity("/engine-rest/engine/annan/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/engine-rest/engine/annan/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void onlyProcessOwnersAndAdministratorsDeploy() {
        for (String user : List.of("sara", "cecilia", "lena")) {
            assertThat(deploy(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<Map> deployed = deploy("olof");
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        engine.getRepositoryService().deleteDeployment((String) deployed.getBody().get("id"), true);
    }

    @Test
    void healthIsOpenAndMetricsNeedALogin() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        // Anonymous callers learn only the status, not which database or engine runs behind it.
        assertThat(health.getBody()).containsOnlyKeys("status");

        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> metrics = restAs("cecilia").getForEntity("/actuator/prometheus", String.class);
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void webappLoginNeedsTheCsrfTokenAndThenAcceptsADemoUser() {
        HttpHeaders form = new HttpHeaders();
        form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
        credentials.add("username", "sara");
        credentials.add("password", "demo");
        String login = "/camunda/api/admin/auth/user/default/login/tasklist";

        ResponseEntity<String> withoutToken = http.exchange(login, HttpMethod.POST,
                new HttpEntity<>(credentials, form), String.class);
        assertThat(withoutToken.getStatusCode()).as(withoutToken.toString()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
        assertThat(token).isNotBlank();
        HttpHeaders withToken = new HttpHeaders(form);
        withToken.set("X-XSRF-TOKEN", token);
        withToken.set(HttpHeaders.COOKIE, String.join("; ", cookies.stream().map(c -> c.split(";")[0]).toList()));
        ResponseEntity<Map> loggedIn = http.exchange(login, HttpMethod.POST,
                new HttpEntity<>(credentials, withToken), Map.class);
        assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(loggedIn.getBody()).containsEntry("userId", "sara");
        assertThat((List<String>) loggedIn.getBody().get("authorizedApps")).contains("tasklist");
    }

    private ResponseEntity<Map> deploy(String user) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "sakerhetstest");
        parts.add("data", new FileSystemResource("forms/contactPathChangeReview.form"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return restAs(user).exchange("/engine-rest/deployment/create", HttpMethod.POST,
                new HttpEntity<>(parts, headers), Map.class);
    }
}
