package se.samverkan.platform.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.HtmlUtils;

/**
 * Refused logins, in Swedish: a webapp login as a page (403), a bearer token without a unit or role of
 * Samverkan as JSON (403, like the REST API's other refusals).
 */
class OidcLoginRefusal implements AuthenticationFailureHandler, AccessDeniedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OidcLoginRefusal.class);

    private final OidcLoginProperties properties;
    private final String webappPath;
    private final ObjectMapper json = new ObjectMapper();

    OidcLoginRefusal(OidcLoginProperties properties, String webappPath) {
        this.properties = properties;
        this.webappPath = webappPath;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String message;
        if (exception instanceof OAuth2AuthenticationException refused
                && OidcStaffUserService.REFUSED.equals(refused.getError().getErrorCode())) {
            // Logged where the reason is known (OidcStaffUserService).
            message = refused.getError().getDescription();
        } else {
            String code = exception instanceof OAuth2AuthenticationException failed ? failed.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            LOG.warn("Login through the identity provider failed: {} (403)", code);
            message = "Inloggningen via identitetstjänsten misslyckades. Försök igen.";
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        String again = request.getContextPath() + webappPath + "/app/tasklist/default/";
        response.getOutputStream().write(("""
                <!DOCTYPE html>
                <html lang="sv"><head><meta charset="utf-8"><title>Inloggningen nekades – Samverkan</title></head>
                <body><main><h1>Inloggningen nekades</h1><p id="orsak">%s</p>
                <p><a href="%s">Försök igen</a></p></main></body></html>
                """.formatted(HtmlUtils.htmlEscape(message), HtmlUtils.htmlEscape(again)))
                .getBytes(StandardCharsets.UTF_8));
    }

    /** A bearer token whose claims give no valid user id or no unit or role of Samverkan. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        LOG.warn("Refused {} {}: bearer token without a valid user id ({}) or a unit or role of Samverkan ({}, {}) (403)",
                request.getMethod(), request.getRequestURI(), properties.userIdClaim(), properties.unitsClaim(),
                properties.rolesClaim());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", "Forbidden", "field",
                properties.unitsClaim(), "message", "Din inloggning har ingen verksamhet eller roll i Samverkan ("
                        + properties.unitsClaim() + "). Kontakta den som administrerar er inloggning.")));
    }
}
