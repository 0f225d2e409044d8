package se.samverkan.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * HTTP Basic for integrations; and for reading the application's own API ({@code GET /api/...}) also the
 * login of Tasklist, so that the case view and Barnets plan open from Tasklist and from a mail link in a
 * new tab without a second login. A write through the application's API (a process leader starting a survey
 * round in Cockpit) takes the login only together with the webapp's CSRF token in {@code X-XSRF-TOKEN}, as
 * the webapps' own writes do, so a page elsewhere cannot make a logged-in browser change anything; otherwise
 * it needs Basic. A Basic login is remembered
 * briefly by {@link BasicAuthenticationCache} (with its groups and tenants) when one is given.
 */
public class SessionOrBasicAuthentication implements AuthenticationProvider {

    private static final String BASIC = "Basic ";

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
    private final BasicAuthenticationCache cache;

    /** Without a cache: every request checks the password (Camunda instantiates the provider this way). */
    public SessionOrBasicAuthentication() {
        this(null);
    }

    public SessionOrBasicAuthentication(BasicAuthenticationCache cache) {
        this.cache = cache;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult fromSession = fromWebappSession(request, engine);
        return fromSession != null ? fromSession : fromBasic(request, engine);
    }

    /**
     * The webapps' login, where it counts for this request (reading the application's API, or writing it with the
     * CSRF token); null otherwise. Also used with the identity provider's login (platform/login).
     */
    public static AuthenticationResult fromWebappSession(HttpServletRequest request, ProcessEngine engine) {
        return readsOwnApi(request) || writesOwnApiWithCsrfToken(request) ? fromSession(request, engine) : null;
    }

    private AuthenticationResult fromBasic(HttpServletRequest request, ProcessEngine engine) {
        String[] credentials = cache == null ? null : credentials(request.getHeader("Authorization"));
        if (credentials == null) {
            return basic.extractAuthenticatedUser(request, engine);
        }
        BasicAuthenticationCache.Login remembered = cache.find(engine.getName(), credentials[0], credentials[1]);
        if (remembered != null) {
            return result(remembered.userId(), remembered.groupIds(), remembered.tenantIds());
        }
        long generation = cache.generation();
        AuthenticationResult checked = basic.extractAuthenticatedUser(request, engine);
        if (checked.isAuthenticated()) {
            // What Camunda's authentication filter would read next, read here so that it can be remembered.
            String userId = checked.getAuthenticatedUser();
            IdentityService identity = engine.getIdentityService();
            List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList();
            List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true)
                    .list().stream().map(Tenant::getId).toList();
            cache.remember(generation, engine.getName(), credentials[0], credentials[1],
                    new BasicAuthenticationCache.Login(userId, groups, tenants, cache.now()));
            return result(userId, groups, tenants);
        }
        return checked;
    }

    /** User and password of a Basic header, split as Camunda's provider splits them; null if there are none. */
    static String[] credentials(String header) {
        if (header == null || !header.startsWith(BASIC)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private static AuthenticationResult result(String userId, List<String> groups, List<String> tenants) {
        AuthenticationResult result = AuthenticationResult.successful(userId);
        result.setGroups(new ArrayList<>(groups));
        result.setTenants(new ArrayList<>(tenants));
        return result;
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

    /** The webapps' CSRF token (Camunda's CsrfPreventionFilter keeps it in the session) sent back as a header. */
    static boolean writesOwnApiWithCsrfToken(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return false;
        }
        HttpSession session = request.getSession(false);
        String header = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        return header != null && expected instanceof String token && !token.isEmpty()
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
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
