package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import se.samverkan.SamverkanApplication;

/** The application refuses to start, with a message that says why, rather than run half-right. */
class ApplicationStartupTest {

    @Test
    void aModelThatIsNotWellFormedStopsTheStartAndIsNamed(@TempDir Path dir) throws IOException {
        Path processes = Files.createDirectories(dir.resolve("processes"));
        Files.writeString(processes.resolve("trasig.bpmn"), "<bpmn:definitions><bpmn:process id=\"x\">");
        assertThatThrownBy(() -> start(processes, "broken-xml"))
                .hasStackTraceContaining("processes/trasig.bpmn");
    }

    @Test
    void aModelTheEngineRejectsStopsTheStartAndIsNamed(@TempDir Path dir) throws IOException {
        // Executable but without a history time-to-live, which the engine is configured to demand.
        String model = Files.readString(Path.of("processes/agencyContactChange.bpmn"))
                .replace("camunda:historyTimeToLive=\"P365D\"", "");
        Path processes = Files.createDirectories(dir.resolve("processes"));
        Files.writeString(processes.resolve("utanHistorik.bpmn"), model);
        assertThatThrownBy(() -> start(processes, "broken-model"))
                .hasStackTraceContaining("processes/utanHistorik.bpmn");
    }

    @Test
    void productionRefusesDemoUsersADefaultAdminPasswordAndNoAddressForLinks() {
        assertThatThrownBy(() -> SpringApplication.run(SamverkanApplication.class,
                "--spring.profiles.active=prod", "--samverkan.demo.enabled=true", "--spring.main.web-application-type=none"))
                .hasStackTraceContaining("Samverkan startar inte med profilen prod: demoanvändare är påslagna");
        assertThatThrownBy(() -> SpringApplication.run(SamverkanApplication.class,
                "--spring.profiles.active=prod", "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=demo", "--spring.main.web-application-type=none"))
                .hasStackTraceContaining("SAMVERKAN_ADMIN_PASSWORD");
        assertThatThrownBy(() -> SpringApplication.run(SamverkanApplication.class,
                "--spring.profiles.active=prod", "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=ett-langt-losenord-2026", "--spring.main.web-application-type=none"))
                .hasStackTraceContaining("SAMVERKAN_BASE_URL");
        // The login through the organisation's identity provider: over TLS, with the client's secret.
        assertThatThrownBy(() -> SpringApplication.run(SamverkanApplication.class,
                "--spring.profiles.active=prod,oidc", "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=ett-langt-losenord-2026", "--samverkan.base-url=https://samverkan.test",
                "--SAMVERKAN_OIDC_ISSUER=http://idp.test", "--spring.main.web-application-type=none"))
                .hasStackTraceContaining("SAMVERKAN_OIDC_ISSUER");
        assertThatThrownBy(() -> SpringApplication.run(SamverkanApplication.class,
                "--spring.profiles.active=prod,oidc", "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=ett-langt-losenord-2026", "--samverkan.base-url=https://samverkan.test",
                "--SAMVERKAN_OIDC_ISSUER=https://idp.test", "--spring.main.web-application-type=none"))
                .hasStackTraceContaining("SAMVERKAN_OIDC_CLIENT_SECRET");
    }

    private static void start(Path processes, String database) {
        SpringApplication.run(SamverkanApplication.class,
                "--spring.profiles.active=test",
                // No web server: the webapps keep static state that must stay with the shared test context.
                "--spring.main.web-application-type=none",
                // Its own engine name, so the shared test context's engine stays the default one.
                "--camunda.bpm.process-engine-name=" + database.replace("-", ""),
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--samverkan.models.locations=file:" + processes + "/*.bpmn").close();
    }
}
