package se.samverkan.platform;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine REST API: authenticated with HTTP Basic against Camunda's users, Swedish 400s. */
@Configuration(proxyBeanMethods = false)
public class RestApiConfiguration {

    /**
     * Without this filter the REST API answers anyone. The application's own API and the metrics sit
     * behind the same login.
     * Named unlike its class, or Spring refuses the duplicate bean name.
     */
    @Bean
    public FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("samverkan-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/prometheus");
        return registration;
    }

    @Bean
    public CamundaJerseyResourceConfig samverkanJerseyConfig() {
        return new CamundaJerseyResourceConfig() {
            @Override
            protected void registerAdditionalResources() {
                register(ValidationErrorMapping.ValidationErrors.class);
                register(ValidationErrorMapping.RestExceptions.class);
                register(ValidationErrorMapping.EngineExceptions.class);
            }
        };
    }
}
