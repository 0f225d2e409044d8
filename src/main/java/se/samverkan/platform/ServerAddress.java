package se.samverkan.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where links in mails point: {@code samverkan.base-url} when it is configured (production, behind a
 * proxy), otherwise this server on localhost with the port it actually listens on, so a second copy
 * started with {@code SERVER_PORT=8081} sends links to itself and not to the first copy on 8080.
 */
@Component
public class ServerAddress implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private final String contextPath;
    // Until the web server has started (or without one): the configured port, Spring's default 8080.
    private volatile int port;

    public ServerAddress(@Value("${samverkan.base-url:}") String configured,
            @Value("${server.port:8080}") int port,
            @Value("${server.servlet.context-path:}") String contextPath) {
        this.configured = configured;
        this.port = port;
        this.contextPath = contextPath;
    }

    /** The port the web server listens on, also when {@code server.port} is 0 (any free port). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // A separate management server (management.server.port) has its own namespace; links go to the application.
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The start of every link in a mail, e.g. {@code http://localhost:8081}. */
    public String baseUrl() {
        return baseUrl(configured, port, contextPath);
    }

    static String baseUrl(String configured, int port, String contextPath) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        String path = contextPath == null || contextPath.equals("/") ? "" : contextPath;
        return "http://localhost:" + port + path;
    }
}
