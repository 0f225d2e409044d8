package se.samverkan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * HTTP Basic for integrations; and for reading the application's own API ({@code GET /api/...}) also the
 * login of Tasklist, so that the case view and Barnets plan open from Tasklist and from a mail link in a
 * new tab without a second login. Only reads: a write through the application's API still needs Basic,
 * so a page elsewhere cannot make a logged-in browser change anything.
 */
public class SessionOrBasicAuthentication implements AuthenticationProvider {

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult fromSession = readsOwnApi(request) ? fromSession(request, engine) : null;
        return fromSession != null ? fromSession : basic.extractAuthenticatedUser(request, engine);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
    }

    private static boolean readsOwnApi(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationResult fromSession(HttpServletRequest request, ProcessEngine engine) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        Authentication login = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engine.getName());
        if (!(login instanceof UserAuthentication user)) {
            return null;
        }
        AuthenticationResult result = AuthenticationResult.successful(user.getName());
        result.setGroups(new ArrayList<>(user.getGroupIds()));
        result.setTenants(new ArrayList<>(user.getTenantIds()));
        return result;
    }
}
