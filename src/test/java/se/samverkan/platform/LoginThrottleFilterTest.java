package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter with requests from different source addresses, which the HTTP tests cannot make (their
 * client is always 127.0.0.1). The "password check" behind it is a fake that knows one password.
 */
class LoginThrottleFilterTest {

    static final String STRANGER = "203.0.113.66";
    static final String SARA_AT_SCHOOL = "10.1.2.3";

    final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final LoginThrottleFilter filter = new LoginThrottleFilter(new LoginThrottle(
            new LoginThrottleProperties(5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 1000),
            clock), meters, "/camunda");

    /** What reached the password check last, as the login resource would read it. */
    final AtomicReference<String> checkedForm = new AtomicReference<>();

    @Test
    void aStrangersWrongPasswordsDelayTheStrangerButNotSaraAtHerOwnAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(rest(STRANGER, "sara", "gissning" + i).getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse refused = rest(STRANGER, "sara", "demo");
        assertThat(refused.getStatus()).as("even the right password waits at that address").isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("För många misslyckade inloggningsförsök. Försök igen om 1 sekund.");

        assertThat(rest(SARA_AT_SCHOOL, "sara", "demo").getStatus()).isEqualTo(200);
        assertThat(rest(STRANGER, "olof", "demo").getStatus()).as("another account").isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(rest(STRANGER, "sara", "demo").getStatus()).as("after the wait").isEqualTo(200);

        assertThat(count("rest", "wrong_password")).isEqualTo(5);
        assertThat(count("rest", "throttled")).isEqualTo(1);
    }

    @Test
    void theWebappLoginFormIsThrottledAndStillReachesTheLoginResourceWhole() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(webappLogin(STRANGER, "username=sara&password=gissning" + i).getStatus()).isEqualTo(401);
        }
        assertThat(checkedForm.get()).isEqualTo("username=sara&password=gissning4");
        MockHttpServletResponse refused = webappLogin(STRANGER, "username=sara&password=demo");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"message\":\"För många");

        assertThat(webappLogin(SARA_AT_SCHOOL, "password=demo&username=sara").getStatus()).isEqualTo(200);
        assertThat(checkedForm.get()).isEqualTo("password=demo&username=sara");
        assertThat(rest(STRANGER, "sara", "demo").getStatus()).as("one count for both ways in").isEqualTo(429);

        assertThat(count("webapp", "wrong_password")).isEqualTo(5);
        assertThat(count("webapp", "throttled")).isEqualTo(1);
    }

    @Test
    void aUserNameEncodedInTheFormIsTheUserNameCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            webappLogin(STRANGER, "username=%73ara&password=x");
        }
        assertThat(webappLogin(STRANGER, "username=sara&password=demo").getStatus()).isEqualTo(429);
    }

    @Test
    void requestsWithoutCredentialsAndOtherWebappCallsPassUntouched() throws Exception {
        MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/engine-rest/task");
        anonymous.setRemoteAddr(STRANGER);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(anonymous, response, (req, resp) -> ((HttpServletResponse) resp).setStatus(401));
        assertThat(response.getStatus()).isEqualTo(401);

        MockHttpServletRequest logout = new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/logout");
        logout.setServletPath("/camunda/api/admin");
        logout.setPathInfo("/auth/user/default/logout");
        filter.doFilter(logout, new MockHttpServletResponse(), (req, resp) -> { });

        assertThat(meters.find(LoginThrottleFilter.METRIC).counters())
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void controlCharactersInAUserNameDoNotReachTheLog() {
        assertThat(LoginThrottleFilter.printable("sara\nFORGED LOG LINE")).isEqualTo("sara?FORGED LOG LINE");
    }

    private MockHttpServletResponse rest(String address, String user, String password) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setServletPath("/engine-rest");
        request.setPathInfo("/task");
        request.setRemoteAddr(address);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain passwordCheck = (req, resp) -> ((HttpServletResponse) resp).setStatus(
                password.equals("demo") ? 200 : 401);
        filter.doFilter(request, response, passwordCheck);
        return response;
    }

    private MockHttpServletResponse webappLogin(String address, String form) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST",
                "/camunda/api/admin/auth/user/default/login/tasklist");
        request.setServletPath("/camunda/api/admin");
        request.setPathInfo("/auth/user/default/login/tasklist");
        request.setRemoteAddr(address);
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(form.getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain loginResource = (req, resp) -> {
            String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            checkedForm.set(body);
            ((HttpServletResponse) resp).setStatus(body.contains("password=demo") ? 200 : 401);
        };
        filter.doFilter(request, response, loginResource);
        return response;
    }

    private double count(String channel, String outcome) {
        return meters.get(LoginThrottleFilter.METRIC).tag("channel", channel).tag("outcome", outcome).counter().count();
    }
}
