package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.notification.CalendarEvent;
import se.samverkan.notification.CalendarInvitations;
import se.samverkan.notification.Mail;
import se.samverkan.notification.MailAttachment;
import se.samverkan.notification.Mailer;

/**
 * The demo's own mail server and its viewer: a mail sent over SMTP shows with its sender, text and attachments,
 * and the attachments open as they were sent. Only administrators see it. Runs its own server on a free port
 * next to the shared test context.
 */
class DemoMailServerTest extends SamverkanTestSupport {

    private DemoMailServer server;
    private Mailer mailer;

    @BeforeEach
    void startServer() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = new DemoMailServer(port, engine);
        server.start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        mailer = new Mailer(sender, "samverkan@kommun.example.se");
    }

    @AfterEach
    void stopServer() {
        engine.getIdentityService().clearAuthentication();
        server.stop();
    }

    @Test
    void administratorsSeeEachMailsTextAndOpenItsAttachments() throws Exception {
        byte[] ics = new CalendarInvitations(Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC)).toIcs(
                new CalendarEvent("x@samverkan", "Samverkansmöte", "Beskrivning", ZonedDateTime.parse("2026-12-07T10:00:00+01:00"),
                        Duration.ofMinutes(90), "Rum 12", "https://mote.example.se/1", "Sara Skolgren, Skola",
                        "sara@demo.samverkan.example.se", List.of("socialtjanst@kommun.example.se"), 0, false));
        mailer.send(new Mail(List.of("socialtjanst@kommun.example.se", "polis@polisen.example.se"), "Inbjudan, ärende SB-1",
                "Hej!\n\nSara Skolgren på Skola bjuder in <Socialtjänsten>.\n", List.of(
                        new MailAttachment("inbjudan.ics", "text/calendar; charset=UTF-8; method=REQUEST", ics),
                        new MailAttachment("plan.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII))),
                "Sara Skolgren, Skola", "sara@demo.samverkan.example.se"));

        engine.getIdentityService().setAuthentication("demo", List.of(Roles.ADMINISTRATORS));
        ResponseEntity<?> json = server.sentMail("application/json");
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> mails = (List<Map<String, Object>>) json.getBody();
        // Two recipients, one mail.
        assertThat(mails).hasSize(1);
        Map<String, Object> mail = mails.get(0);
        assertThat(mail).containsEntry("subject", "Inbjudan, ärende SB-1")
                .containsEntry("from", List.of("\"Sara Skolgren, Skola\" <samverkan@kommun.example.se>"))
                .containsEntry("replyTo", List.of("sara@demo.samverkan.example.se"))
                .containsEntry("to", List.of("socialtjanst@kommun.example.se", "polis@polisen.example.se"));
        assertThat(((String) mail.get("text")).replace("\r\n", "\n"))
                .isEqualTo("Hej!\n\nSara Skolgren på Skola bjuder in <Socialtjänsten>.\n");
        assertThat((List<Map<String, Object>>) mail.get("attachments")).containsExactly(
                Map.of("filename", "inbjudan.ics", "contentType", "text/calendar", "href", "/api/demo/mail/0/attachments/0"),
                Map.of("filename", "plan.pdf", "contentType", "application/pdf", "href", "/api/demo/mail/0/attachments/1"));

        // In a browser: one page with the text (escaped) and links to the attachments.
        ResponseEntity<?> page = server.sentMail("text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/html;charset=UTF-8"));
        assertThat((String) page.getBody()).contains("Sara Skolgren på Skola bjuder in &lt;Socialtjänsten&gt;.",
                "<a href=\"/api/demo/mail/0/attachments/0\">inbjudan.ics</a>", "name=\"viewport\"");

        ResponseEntity<?> calendar = server.attachment("0", "0");
        assertThat(calendar.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(calendar.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/calendar;charset=UTF-8"));
        assertThat(calendar.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline");
        assertThat((byte[]) calendar.getBody()).isEqualTo(ics);
        ResponseEntity<?> pdf = server.attachment("0", "1");
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(new String((byte[]) pdf.getBody(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 test");

        for (String[] missing : List.of(new String[] {"0", "2"}, new String[] {"1", "0"}, new String[] {"x", "0"},
                new String[] {"0", "-1"}, new String[] {"99999999999", "0"})) {
            assertThat(server.attachment(missing[0], missing[1]).getStatusCode()).as(String.join("/", missing))
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void staffDoNotSeeTheDemosMail() throws Exception {
        mailer.send(new Mail(List.of("skola@kommun.example.se"), "Hemligt", "Text\n", List.of(), null, null));
        engine.getIdentityService().setAuthentication("sara", List.of("skola"));
        assertThat(server.sentMail("application/json").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(server.attachment("0", "0").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        engine.getIdentityService().clearAuthentication();
        assertThat(server.sentMail("text/html").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
