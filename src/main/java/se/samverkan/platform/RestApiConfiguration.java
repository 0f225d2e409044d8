package se.samverkan.platform;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
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
    public static final int AUTHENTICATION_ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    static final int GUARD_ORDER = Ordered.LOWEST_PRECEDENCE - 50;

    /**
     * Without this filter the REST API answers anyone. The application's own API and the metrics sit
     * behind the same login.
     * Named unlike its class, or Spring refuses the duplicate bean name. With the login through the
     * organisation's identity provider, bearer tokens take its place (platform/login, no Basic).
     */
    @Bean
    @ConditionalOnProperty(name = "samverkan.login.oidc.enabled", havingValue = "false", matchIfMissing = true)
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication(
            BasicAuthenticationCache basicLogins, ProcessEngine engine) {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter() {
                    @Override
                    public void init(FilterConfig config) throws ServletException {
                        super.init(config);
                        // The same provider, with the brief memory of Basic logins (a Spring bean).
                        authenticationProvider = new SessionOrBasicAuthentication(basicLogins);
                    }

                    /**
                     * The application's one engine, or none (404) for another name. Camunda's lookup runs
                     * ServiceLoader over the class path on every request (3 % of the REST floor's processor time).
                     */
                    @Override
                    protected ProcessEngine getAddressedEngine(String engineName) {
                        return engineName == null || engine.getName().equals(engineName) ? engine : null;
                    }
                });
        registration.setName("samverkan-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SessionOrBasicAuthentication.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/prometheus");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    /** A browser opening an API link without a login goes through Tasklist's login, not a Basic dialog. */
    @Bean
    public FilterRegistrationBean<BrowserLogin> browserLogin(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        FilterRegistrationBean<BrowserLogin> registration = new FilterRegistrationBean<>(new BrowserLogin(webappPath));
        registration.setName("samverkan-browser-login");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(AUTHENTICATION_ORDER - 10);
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
    public FilterRegistrationBean<EngineProviderLookup> engineProviderLookup() {
        FilterRegistrationBean<EngineProviderLookup> registration = new FilterRegistrationBean<>(
                new EngineProviderLookup());
        registration.setName("samverkan-engine-provider-lookup");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(AUTHENTICATION_ORDER - 20);
        return registration;
    }

    /** The forms' display values, added to what Tasklist reads to fill a task's form. */
    @Bean
    public FilterRegistrationBean<FormDisplay> formDisplay(ProcessEngine engine, List<FormDisplayValues> features,
            FormContracts contracts, List<StartFormOptions> startFormOptions) {
        FilterRegistrationBean<FormDisplay> registration = new FilterRegistrationBean<>(
                new FormDisplay(engine, features, contracts, startFormOptions));
        registration.setName("samverkan-form-display");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(GUARD_ORDER + 10);
        return registration;
    }

    /**
     * Camunda's cache of the resources embedded in HAL answers (Tasklist's lists), configured by the context
     * parameter in application.yaml; it serves both the REST API and the webapps' API.
     */
    @Bean
    public ServletListenerRegistrationBean<HalRelationCacheBootstrap> halRelationCache() {
        return new ServletListenerRegistrationBean<>(new HalRelationCacheBootstrap());
    }

    /** Camunda's resources and settings, with one shared JSON mapper ({@link SharedRestJsonMapper}) and Swedish refusals. */
    @Bean
    public CamundaJerseyResourceConfig samverkanJerseyConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
                configuration.remove(JacksonConfigurator.class);
                registerClasses(configuration);
                register(new SharedRestJsonMapper());
                register(JacksonFeature.class);
            }

            @Override
            protected void registerAdditionalResources() {
                RefusalMapping.registerIn(this);
            }
        };
    }
}
