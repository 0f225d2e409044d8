package se.samverkan.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of both ways to log in: HTTP Basic on the REST API (the paths of
 * {@link RestApiConfiguration#restApiAuthentication()}) and the webapps' login form.
 * <p>
 * A throttled attempt is answered {@code 429 Too Many Requests} with {@code Retry-After} and a Swedish JSON
 * message (the webapps' login page shows it), and its password is never checked. Not 401: that would say
 * the password was wrong, which we do not know, and a REST client could not tell it should wait.
 * <p>
 * A login failed when the answer is 401: Camunda's authentication filter and its login resource give 401
 * for a wrong password or an unknown user, and nothing else on these paths does.
 * Every failed or refused login gets one WARN line (user name, address, count; never the password) and
 * counts in {@code samverkan_login_failures_total{channel, outcome}}.
 * <p>
 * The address is {@code request.getRemoteAddr()}. Behind a proxy or load balancer that is the proxy,
 * unless {@code server.forward-headers-strategy} lets Tomcat take the client's address from
 * X-Forwarded-For (only from trusted proxies); without that, everyone behind the proxy shares one count per
 * account.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String METRIC = "samverkan.login.failures";

    /** A login form is a few hundred bytes; anything much larger is not a login. */
    static final int MAX_LOGIN_FORM_BYTES = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);
    private static final String BASIC = "Basic ";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoginThrottle throttle;
    private final String webappLoginPath;
    private final Map<String, Counter> counters;

    /** @param webappApplicationPath {@code camunda.bpm.webapp.application-path}, e.g. {@code /camunda} */
    LoginThrottleFilter(LoginThrottle throttle, MeterRegistry meters, String webappApplicationPath) {
        this.throttle = throttle;
        this.webappLoginPath = webappApplicationPath + "/api/admin/auth/user/";
        // Registered up front, so the series exist (at 0) before the first failure and alerts can use them.
        this.counters = Map.of(
                "rest/wrong_password", counter(meters, "rest", "wrong_password"),
                "rest/throttled", counter(meters, "rest", "throttled"),
                "webapp/wrong_password", counter(meters, "webapp", "wrong_password"),
                "webapp/throttled", counter(meters, "webapp", "throttled"));
    }

    private static Counter counter(MeterRegistry meters, String channel, String outcome) {
        return Counter.builder(METRIC)
                .description("Failed logins (wrong password or unknown user) and logins refused by the throttle")
                .tag("channel", channel)
                .tag("outcome", outcome)
                .register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String channel;
        String username;
        HttpServletRequest forwarded = request;
        if (isWebappLogin(request)) {
            channel = "webapp";
            byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM_BYTES + 1);
            if (form.length > MAX_LOGIN_FORM_BYTES) {
                answer(response, HttpStatus.PAYLOAD_TOO_LARGE, "TooLargeLogin", "Inloggningsuppgifterna är för långa.");
                return;
            }
            // Read here to find the user name, so the login resource gets the same bytes again.
            forwarded = new RequestWithBody(request, form);
            username = formUsername(request, form);
        } else {
            channel = "rest";
            username = basicUsername(request);
            if (username == null) {
                chain.doFilter(request, response); // no password to check
                return;
            }
        }

        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.tryStart(address, username);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            counters.get(channel + "/throttled").increment();
            log.warn("Login refused by the throttle: user '{}' from {} via {}, wait {} s",
                    printable(username), address, channel, seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            answer(response, HttpStatus.TOO_MANY_REQUESTS, "TooManyLoginAttempts",
                    "För många misslyckade inloggningsförsök. Försök igen om " + seconds
                            + (seconds == 1 ? " sekund." : " sekunder."));
            return;
        }

        boolean wrongPassword = false;
        try {
            chain.doFilter(forwarded, response);
            wrongPassword = response.getStatus() == HttpStatus.UNAUTHORIZED.value();
        } finally {
            int failures = throttle.finished(address, username, wrongPassword);
            if (wrongPassword) {
                counters.get(channel + "/wrong_password").increment();
                log.warn("Failed login: user '{}' from {} via {}, failure {} in a row from this address",
                        printable(username), address, channel, failures);
            }
        }
    }

    private boolean isWebappLogin(HttpServletRequest request) {
        // The decoded path without ;parameters, as Tomcat mapped it and as Jersey matches it.
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return "POST".equals(request.getMethod()) && path.startsWith(webappLoginPath) && path.contains("/login/");
    }

    /** The user name as Camunda's HttpBasicAuthenticationProvider reads it (with the same lenient decoder). */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BASIC)) {
            return null;
        }
        String credentials = new String(Base64.decodeBase64(header.substring(BASIC.length())), Charset.defaultCharset());
        int colon = credentials.indexOf(':');
        return colon < 0 ? null : credentials.substring(0, colon);
    }

    /**
     * The first {@code username} of the form. Empty if there is none: whatever the login resource then
     * checks still counts against this address.
     */
    static String formUsername(HttpServletRequest request, byte[] form) {
        Charset charset = charsetOf(request);
        for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && decode(pair.substring(0, equals), charset).equals("username")) {
                return decode(pair.substring(equals + 1), charset);
            }
        }
        return "";
    }

    private static String decode(String urlEncoded, Charset charset) {
        try {
            return java.net.URLDecoder.decode(urlEncoded, charset);
        } catch (IllegalArgumentException malformed) {
            return urlEncoded;
        }
    }

    private static Charset charsetOf(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void answer(HttpServletResponse response, HttpStatus status, String type, String message)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
    }

    /** No line breaks or other control characters from a stranger in our log, and not too much of it. */
    static String printable(String username) {
        String cut = username.length() > LoginThrottle.MAX_USERNAME_LENGTH
                ? username.substring(0, LoginThrottle.MAX_USERNAME_LENGTH) + "…" : username;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
