package se.samverkan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A link to the application's API opened in a browser without a login (Barnets plan from a mail) goes to
 * Tasklist's own login page and, once logged in, back to the link, instead of the browser's password
 * dialog that HTTP Basic would bring up. Programs (no text/html, or an Authorization header) still get
 * the 401 with the Basic challenge.
 */
public class BrowserLogin extends OncePerRequestFilter {

    /** Tasklist's route (see samverkan/case-view.js) that opens the link after the login. */
    static final String RETURN_ROUTE = "/app/tasklist/default/#/samverkan/inloggad?till=";

    private final String webappPath;

    /** @param webappPath {@code camunda.bpm.webapp.application-path}, e.g. {@code /camunda} */
    public BrowserLogin(String webappPath) {
        this.webappPath = webappPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isBrowserWithoutLogin(request)) {
            String link = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.sendRedirect(request.getContextPath() + webappPath + RETURN_ROUTE
                    + URLEncoder.encode(link, StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isBrowserWithoutLogin(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            return false;
        }
        HttpSession session = request.getSession(false);
        Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return logins == null || logins.getAuthentications().isEmpty();
    }
}
