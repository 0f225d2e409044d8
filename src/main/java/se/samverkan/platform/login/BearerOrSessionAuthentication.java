package se.samverkan.platform.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import se.samverkan.platform.SessionOrBasicAuthentication;

/**
 * The REST API's login with the identity provider: a bearer token that Spring Security's resource server has
 * validated against the provider's keys (its user id and groups from the claims, see {@link LoginGroups}), or,
 * for the application's own API, the webapps' login as before. No HTTP Basic: Samverkan checks no passwords.
 */
class BearerOrSessionAuthentication implements AuthenticationProvider {

    private final StaffDirectory directory;

    BearerOrSessionAuthentication(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult fromSession = SessionOrBasicAuthentication.fromWebappSession(request, engine);
        if (fromSession != null) {
            return fromSession;
        }
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        return login instanceof JwtAuthenticationToken token ? directory.authenticated(token) : AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        response.setHeader("WWW-Authenticate", "Bearer");
    }
}
