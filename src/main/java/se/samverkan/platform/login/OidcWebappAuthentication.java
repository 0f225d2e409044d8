package se.samverkan.platform.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * Tasklist, Cockpit and Admin: the user Spring Security logged in through the provider (with the groups
 * {@link OidcStaffUserService} gave them), for Camunda's {@code ContainerBasedAuthenticationFilter}, which
 * puts the login into the webapps' session.
 */
class OidcWebappAuthentication implements AuthenticationProvider {

    private final StaffDirectory directory;

    OidcWebappAuthentication(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        return login instanceof OAuth2AuthenticationToken token ? directory.authenticated(token) : AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security sends a browser without a login to the provider before this filter is reached.
    }
}
