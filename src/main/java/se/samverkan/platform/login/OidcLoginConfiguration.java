package se.samverkan.platform.login;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import se.samverkan.platform.RestApiConfiguration;
import se.samverkan.platform.SessionOrBasicAuthentication;

/**
 * Login through the organisation's identity provider ({@code samverkan.login.oidc.enabled}, profile
 * {@code oidc}). Camunda's {@code camunda-bpm-spring-boot-starter-security} is not published on Maven Central for
 * 7.24.0, so this wires what it would: Spring Security's OAuth2 login (authorization code) in front of the
 * webapps, Camunda's {@link ContainerBasedAuthenticationFilter} to carry that login into the webapps' session,
 * and Spring Security's resource server for bearer tokens on the REST API, whose user and groups then meet the
 * same engine authorizations and {@code EngineRestGuard} as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samverkan.login.oidc.enabled", havingValue = "true")
@EnableConfigurationProperties({OidcLoginProperties.class, LdapGroupProperties.class})
public class OidcLoginConfiguration {

    private final OidcLoginProperties properties;
    private final String webappPath;

    public OidcLoginConfiguration(OidcLoginProperties properties,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.properties = properties;
        this.webappPath = webappPath;
    }

    @Bean
    StaffDirectory staffDirectory(ProcessEngine engine) {
        return new StaffDirectory(engine);
    }

    @Bean
    OidcLoginRefusal oidcLoginRefusal() {
        return new OidcLoginRefusal(properties, webappPath);
    }

    /** The units and roles from the token's claims (the default). */
    @Bean
    @ConditionalOnProperty(name = "samverkan.login.ldap.enabled", havingValue = "false", matchIfMissing = true)
    GroupSource claimGroups(StaffDirectory directory) {
        return GroupSource.claims(properties, directory);
    }

    /** The units and roles from the organisation's directory over LDAP. */
    @Bean
    @ConditionalOnProperty(name = "samverkan.login.ldap.enabled", havingValue = "true")
    DirectoryGroups directoryGroups(LdapGroupProperties ldap, StaffDirectory directory) {
        return new DirectoryGroups(ldap, directory);
    }

    @Bean
    OidcStaffUserService oidcStaffUserService(GroupSource groupSource, StaffDirectory directory) {
        return new OidcStaffUserService(properties, groupSource, directory);
    }

    /**
     * The REST API, the application's API and the metrics: a bearer token is checked against the provider's keys
     * (signature, issuer, audience, expiry); an invalid one gets 401 here, none at all 401 from Camunda's
     * authentication filter behind. Stateless: a token is no session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain restApiSecurity(HttpSecurity http, GroupSource groupSource, OidcLoginRefusal refusal)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        JwtAuthenticationConverter claims = new JwtAuthenticationConverter();
        claims.setPrincipalClaimName(properties.userIdClaim());
        claims.setJwtGrantedAuthoritiesConverter(jwt -> {
            String userId = jwt.getClaimAsString(properties.userIdClaim());
            return LoginGroups.isValidUserId(userId)
                    ? LoginGroups.authorities(groupSource.groups(userId, jwt.getClaims(), false)) : List.of();
        });
        http.securityMatcher(new OrRequestMatcher(path.matcher("/engine-rest/**"), path.matcher("/api/**"),
                        path.matcher("/actuator/prometheus")))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(OidcLoginConfiguration::knownUnlessBearer))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(claims)))
                .exceptionHandling(refusals -> refusals.accessDeniedHandler(refusal))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Bearer tokens are not sent by a browser on its own; the application's API keeps its own CSRF
                // check for the webapps' session (SessionOrBasicAuthentication).
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** A bearer token must name a valid user and a unit or role of Samverkan; other requests go on to Camunda. */
    @SuppressWarnings("deprecation")
    private static AuthorizationDecision knownUnlessBearer(Supplier<Authentication> login,
            RequestAuthorizationContext request) {
        return new AuthorizationDecision(!(login.get() instanceof JwtAuthenticationToken token)
                || (LoginGroups.isValidUserId(token.getName())
                        && !LoginGroups.fromAuthorities(token.getAuthorities()).isEmpty()));
    }

    /**
     * Tasklist, Cockpit and Admin: without a login the browser goes to the provider (the webapps' own API answers
     * 401), and comes back through {@code /login/oauth2/code/<registration>}. The webapps' password login is
     * closed. Camunda's own filters keep the webapps' CSRF protection and security headers.
     */
    @Bean
    @Order(2)
    SecurityFilterChain webappSecurity(HttpSecurity http, OidcStaffUserService users, OidcLoginRefusal refusal,
            ClientRegistrationRepository clients) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher webappApi = path.matcher(webappPath + "/api/**");
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        // After the login, back to the page that was asked for, never to one of the webapps' API calls.
        pages.setRequestMatcher(path.matcher(HttpMethod.GET, webappPath + "/app/**"));
        SavedRequestAwareAuthenticationSuccessHandler back = new SavedRequestAwareAuthenticationSuccessHandler();
        back.setRequestCache(pages);
        back.setDefaultTargetUrl(webappPath + "/app/tasklist/default/");
        AuthenticationSuccessHandler loggedIn = (request, response, login) -> {
            // A new login starts with the groups it brings, not those of an earlier login in the same session.
            AuthenticationUtil.updateSession(request.getSession(), new Authentications());
            back.onAuthenticationSuccess(request, response, login);
        };
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(webappApi, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint toProvider = new DelegatingAuthenticationEntryPoint(entryPoints);
        toProvider.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(
                "/oauth2/authorization/" + properties.registrationId()));
        // RP-initiated logout: /logout ends the provider's session too (where the provider offers it) and comes
        // back to the webapps, which send the browser to the provider's login page. The webapps' "Logga ut"
        // goes there (samverkan/provider-login.js).
        OidcClientInitiatedLogoutSuccessHandler providerLogout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        providerLogout.setPostLogoutRedirectUri("{baseUrl}" + webappPath + "/");
        // Already logged out here: back to the webapps, which send the browser to the provider.
        providerLogout.setDefaultTargetUrl(webappPath + "/");
        LogoutFilter logoutEverywhere = new LogoutFilter(providerLogout, new SecurityContextLogoutHandler());
        logoutEverywhere.setLogoutRequestMatcher(path.matcher("/logout"));

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path.matcher(HttpMethod.POST, webappPath + "/api/admin/auth/user/*/login/*"))
                        .denyAll()
                        .requestMatchers(path.matcher(webappPath + "/app/**"), webappApi).authenticated()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                        .successHandler(loggedIn)
                        .failureHandler(refusal))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(toProvider))
                .requestCache(cache -> cache.requestCache(pages))
                // The webapps' "Logga ut" ends the session here (Spring's and Camunda's login alike).
                .logout(logout -> logout
                        .logoutRequestMatcher(path.matcher(HttpMethod.POST, webappPath + "/api/admin/auth/user/*/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler()))
                .addFilterBefore(logoutEverywhere, LogoutFilter.class)
                .headers(headers -> headers.disable())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The webapps' session gets the login Spring Security made, with the groups from the claims. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappOidcLogin(StaffDirectory directory) {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter() {
                    @Override
                    public void init(FilterConfig config) {
                        authenticationProvider = new OidcWebappAuthentication(directory);
                    }
                });
        registration.setName("samverkan-webapp-oidc-login");
        registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
        // Right after Spring Security, which has put the login in place.
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** In place of HTTP Basic (RestApiConfiguration): the bearer token, or the webapps' session for /api. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiBearerAuthentication(StaffDirectory directory) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void init(FilterConfig config) throws ServletException {
                        super.init(config);
                        authenticationProvider = new BearerOrSessionAuthentication(directory);
                    }
                });
        registration.setName("samverkan-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SessionOrBasicAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/prometheus");
        registration.setOrder(RestApiConfiguration.AUTHENTICATION_ORDER);
        return registration;
    }
}
