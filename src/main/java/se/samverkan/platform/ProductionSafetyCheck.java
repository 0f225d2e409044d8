package se.samverkan.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * With the {@code prod} profile the application refuses to start while demo users are enabled, the
 * administrator's password is missing, short or a known default, or the address for mail links is missing. Runs before any bean exists, so a
 * misconfigured production never opens the database or the webapps. With the login through the organisation's
 * identity provider (profile oidc) its address must be https and the client secret set.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor, Ordered {

    static final int MINIMUM_PASSWORD_LENGTH = 12;
    private static final Set<String> KNOWN_DEFAULTS =
            Set.of("demo", "admin", "camunda", "password", "losenord", "lösenord", "changeme", "samverkan");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        if (environment.getProperty("samverkan.demo.enabled", Boolean.class, false)) {
            refuse("demoanvändare är påslagna (samverkan.demo.enabled=true). Stäng av dem i produktion.");
        }
        String adminId = environment.getProperty("camunda.bpm.admin-user.id", "");
        String password = environment.getProperty("camunda.bpm.admin-user.password", "");
        if (adminId.isBlank()) {
            refuse("administratören saknas. Sätt SAMVERKAN_ADMIN_ID och SAMVERKAN_ADMIN_PASSWORD.");
        }
        if (password.length() < MINIMUM_PASSWORD_LENGTH
                || KNOWN_DEFAULTS.contains(password.toLowerCase(Locale.ROOT))
                || password.equalsIgnoreCase(adminId)) {
            refuse("administratörens lösenord (SAMVERKAN_ADMIN_PASSWORD) är ett känt standardlösenord eller "
                    + "kortare än " + MINIMUM_PASSWORD_LENGTH + " tecken.");
        }
        if (environment.getProperty("samverkan.login.oidc.enabled", Boolean.class, false)) {
            checkIdentityProvider(environment);
        }
        // Links in mails must reach the users, never this machine's localhost.
        if (environment.getProperty("samverkan.base-url", "").isBlank()) {
            refuse("adressen som länkarna i e-posten ska gå till saknas. Sätt SAMVERKAN_BASE_URL, till exempel "
                    + "https://samverkan.kommun.se.");
        }
    }

    /** The login through the organisation's identity provider: its address over TLS and the client's secret. */
    private static void checkIdentityProvider(ConfigurableEnvironment environment) {
        String registration = environment.getProperty("samverkan.login.oidc.registration-id", "samverkan");
        String issuer = environment.getProperty("spring.security.oauth2.client.provider." + registration + ".issuer-uri", "");
        if (!issuer.startsWith("https://")) {
            refuse("identitetstjänstens adress (SAMVERKAN_OIDC_ISSUER) saknas eller börjar inte med https://.");
        }
        if (environment.getProperty("spring.security.oauth2.client.registration." + registration + ".client-secret", "")
                .isBlank()) {
            refuse("klienthemligheten för identitetstjänsten (SAMVERKAN_OIDC_CLIENT_SECRET) saknas.");
        }
    }

    private static void refuse(String reason) {
        throw new IllegalStateException("Samverkan startar inte med profilen prod: " + reason);
    }

    @Override
    public int getOrder() {
        // After Spring Boot has loaded application.yaml and the profile files.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
