package se.samverkan.platform;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API: authenticated with HTTP Basic against Camunda's users, guarded by
 * {@link EngineRestGuard}, with Swedish refusals ({@link RefusalMapping}).
 */
@Configuration(proxyBeanMethods = false)
public class RestApiConfiguration {

    /** The login comes first, then the guard, which needs to know who is calling. */
    static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    static final int GUARD_ORDER = Ordered.LOWEST_PRECEDENCE - 50;

    /**
     * Without this filter the REST API answers anyone. The application's own API and the metrics sit
     * behind the same login.
     * Named unlike its class, or Spring refuses the duplicate bean name.
     */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication(
            BasicAuthenticationCache basicLogins) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void init(FilterConfig config) throws ServletException {
                        super.init(config);
                        // The same provider, with the brief memory of Basic logins (a Spring bean).
                        authenticationProvider = new SessionOrBasicAuthentication(basicLogins);
                    }
                });
        registration.setName("samverkan-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SessionOrBasicAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/prometheus");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    /** Both doors to the engine: the REST API integrations call and the one the webapps call. */
    @Bean
    public FilterRegistrationBean<EngineRestGuard> engineRestGuard(ProcessEngine engine, FormContracts contracts,
            List<SensitiveVariables> sensitive, List<RouteTextFields> routeText, Clock clock) {
        FilterRegistrationBean<EngineRestGuard> registration =
                new FilterRegistrationBean<>(new EngineRestGuard(engine, contracts, sensitive, routeText, clock));
        registration.setName("samverkan-engine-rest-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(GUARD_ORDER);
        return registration;
    }

    @Bean
    public CamundaJerseyResourceConfig samverkanJerseyConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                RefusalMapping.registerIn(this);
            }
        };
    }
}
