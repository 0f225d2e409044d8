package se.samverkan.platform.login;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with the oidc profile against {@link TestIdentityProvider}, one context for all login tests.
 * They run in a JVM of their own (pom.xml, surefire execution oidc-login). The application is addressed as
 * 127.0.0.1, the provider as localhost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
public abstract class OidcTestSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected ProcessEngine engine;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("spring.security.oauth2.client.provider.samverkan.issuer-uri", TestIdentityProvider::issuer);
        properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestIdentityProvider::issuer);
        properties.add("spring.security.oauth2.client.registration.samverkan.client-id",
                () -> TestIdentityProvider.CLIENT_ID);
        properties.add("spring.security.oauth2.client.registration.samverkan.client-secret",
                () -> TestIdentityProvider.CLIENT_SECRET);
    }

    @BeforeEach
    void allowTheProviderToSendBrowsersBackAfterLogout() {
        TestIdentityProvider.allowAfterLogout(app("/camunda/"));
    }

    /** An address of the application. */
    protected String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The provider's login page's password for everyone it knows. */
    protected static String providerPassword() {
        return TestIdentityProvider.PASSWORD;
    }
}
