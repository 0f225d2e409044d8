package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.WebServer;

/** Links in mails go to the configured address, otherwise to the port this copy actually runs on. */
class ServerAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a configured address wins                  | https://samverkan.kommun.se | 8080 | ''         | 8081 | -          | https://samverkan.kommun.se
            without one, the port the server runs on   | ''                          | 0    | ''         | 8081 | -          | http://localhost:8081
            the context path is part of the address    | ' '                         | 8080 | /samverkan | 8082 | -          | http://localhost:8082/samverkan
            a management server does not move links    | ''                          | 8081 | ''         | 9090 | management | http://localhost:8081
            """)
    void linksGoToTheConfiguredAddressOrThisServer(String rule, String configured, int port, String contextPath,
            int startedPort, String namespace, String expected) {
        ServerAddress address = new ServerAddress(configured, port, contextPath);
        started(address, startedPort, namespace);

        assertThat(address.baseUrl()).isEqualTo(expected);
    }

    @Test
    void beforeTheServerHasStartedTheConfiguredPortIsUsed() {
        assertThat(new ServerAddress("", 8083, "").baseUrl()).isEqualTo("http://localhost:8083");
    }

    private static void started(ServerAddress address, int port, String namespace) {
        WebServer server = mock(WebServer.class);
        when(server.getPort()).thenReturn(port);
        WebServerApplicationContext context = mock(WebServerApplicationContext.class);
        when(context.getServerNamespace()).thenReturn(namespace);
        WebServerInitializedEvent event = mock(WebServerInitializedEvent.class);
        when(event.getWebServer()).thenReturn(server);
        when(event.getApplicationContext()).thenReturn(context);
        address.onApplicationEvent(event);
    }
}
