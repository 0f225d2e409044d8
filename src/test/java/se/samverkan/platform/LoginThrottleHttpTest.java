package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.samverkan.SamverkanTestSupport;

/**
 * The throttle through HTTP, with users of its own (created and deleted here, so no other test's user is
 * kept waiting). The test client is always 127.0.0.1; other addresses are in {@link LoginThrottleFilterTest}.
 * The test profile's first delay is 10 s, so all attempts here fall within it and nothing waits.
 */
class LoginThrottleHttpTest extends SamverkanTestSupport {

    static final String REST_USER = "throttletest";
    static final String WEBAPP_USER = "throttletestwebapp";
    static final String PASSWORD = "ratt-losenord";

    @Autowired
    MeterRegistry meters;

    IdentityService identity;

    @BeforeEach
    void createUsers() {
        identity = engine.getIdentityService();
        for (String id : List.of(REST_USER, WEBAPP_USER)) {
            User user = identity.newUser(id);
            user.setFirstName("Throttle");
            user.setLastName("Test");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    @AfterEach
    void deleteUsers() {
        identity.deleteUser(REST_USER);
        identity.deleteUser(WEBAPP_USER);
    }

    @Test
    void thirtyWrongPasswordsDelayThisAddressButCamundaNeverLocksTheAccount() {
        double wrongBefore = count("rest", "wrong_password");
        double throttledBefore = count("rest", "throttled");

        List<HttpStatus> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            answers.add(HttpStatus.valueOf(http.withBasicAuth(REST_USER, "gissning" + i)
                    .getForEntity("/engine-rest/task", String.class).getStatusCode().value()));
        }
        assertThat(answers.subList(0, 5)).containsOnly(HttpStatus.UNAUTHORIZED);
        assertThat(answers.subList(5, 30)).containsOnly(HttpStatus.TOO_MANY_REQUESTS);

        ResponseEntity<String> refused = http.withBasicAuth(REST_USER, PASSWORD).getForEntity("/engine-rest/task", String.class);
        assertThat(refused.getStatusCode()).as("this address waits, even with the right password")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 10L);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(refused.getBody())
                .contains("\"type\":\"TooManyLoginAttempts\"", "För många misslyckade inloggningsförsök. Försök igen om")
                .doesNotContain("Exception", "\tat ", "org.camunda", "se.samverkan");

        // Camunda's own lock is off: the account is not locked and the right password works at once.
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getLoginMaxAttempts()).isEqualTo(Integer.MAX_VALUE);
        assertThat(configuration.getLoginDelayMaxTime()).isZero();
        assertThat(identity.checkPassword(REST_USER, PASSWORD)).isTrue();

        assertThat(count("rest", "wrong_password") - wrongBefore).isEqualTo(5);
        assertThat(count("rest", "throttled") - throttledBefore).isEqualTo(26);
        assertThat(restAs("cecilia").getForEntity("/actuator/prometheus", String.class).getBody())
                .contains("samverkan_login_failures_total{", "outcome=\"throttled\"");
    }

    @Test
    void theWebappLoginPageGetsTheSwedishMessage() {
        double wrongBefore = count("webapp", "wrong_password");
        HttpHeaders withToken = csrfTokenAndCookie();

        for (int i = 0; i < 5; i++) {
            assertThat(webappLogin(withToken, WEBAPP_USER, "gissning" + i).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> refused = webappLogin(withToken, WEBAPP_USER, PASSWORD);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(refused.getBody()).contains("\"message\":\"För många misslyckade inloggningsförsök.");
        assertThat(count("webapp", "wrong_password") - wrongBefore).isEqualTo(5);
        assertThat(identity.checkPassword(WEBAPP_USER, PASSWORD)).isTrue();
    }

    private ResponseEntity<String> webappLogin(HttpHeaders headers, String user, String password) {
        MultiValueMap<String, String> credentials = new LinkedMultiValueMap<>();
        credentials.add("username", user);
        credentials.add("password", password);
        return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(credentials, headers), String.class);
    }

    /** As the login page does it (see SecurityTest). */
    private HttpHeaders csrfTokenAndCookie() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.set(HttpHeaders.COOKIE, String.join("; ", page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .map(cookie -> cookie.split(";")[0]).toList()));
        return headers;
    }

    private double count(String channel, String outcome) {
        return meters.get(LoginThrottleFilter.METRIC).tag("channel", channel).tag("outcome", outcome).counter().count();
    }
}
