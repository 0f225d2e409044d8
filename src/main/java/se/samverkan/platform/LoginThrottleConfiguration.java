package se.samverkan.platform;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The login throttle in front of the REST API's HTTP Basic login and the webapps' login form. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottleConfiguration {

    @Bean
    public LoginThrottle loginThrottle(LoginThrottleProperties properties, Clock clock) {
        return new LoginThrottle(properties, clock);
    }

    /**
     * On the same paths as the REST API's authentication filter and just before it, so a throttled
     * attempt never reaches the password check; and on the webapps' login resource.
     */
    @Bean
    public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, MeterRegistry meters,
            FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappApplicationPath) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, meters, webappApplicationPath));
        registration.setName("samverkan-login-throttle");
        registration.setUrlPatterns(restApiAuthentication.getUrlPatterns());
        registration.addUrlPatterns(webappApplicationPath + "/api/admin/auth/user/*");
        registration.setOrder(restApiAuthentication.getOrder() - 1);
        return registration;
    }
}
