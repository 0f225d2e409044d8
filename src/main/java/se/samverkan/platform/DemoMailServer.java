package se.samverkan.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * In the demo setup the application receives its own mail, so invitations and reminders work without
 * an SMTP server: GreenMail listens on the configured mail port (loopback only), and administrators
 * see what was sent at {@code GET /api/demo/mail}. The prod profile turns it off.
 */
@RestController
@ConditionalOnProperty(name = "samverkan.demo.mail-server", havingValue = "true")
public class DemoMailServer implements SmartLifecycle {

    private static final String HOST = "127.0.0.1";

    private final int port;
    private final GreenMail greenMail;
    private final IdentityService identity;
    private boolean running;

    public DemoMailServer(@Value("${spring.mail.port}") int port, ProcessEngine engine) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        this.identity = engine.getIdentityService();
    }

    @GetMapping("/api/demo/mail")
    public ResponseEntity<List<Map<String, Object>>> sentMail() throws MessagingException {
        if (!CurrentUser.groupsOrNone(identity).contains(Roles.ADMINISTRATORS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        List<Map<String, Object>> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(Map.of(
                    "to", Arrays.stream(message.getAllRecipients()).map(Address::toString).toList(),
                    "subject", message.getSubject(),
                    "sent", String.valueOf(message.getSentDate())));
        }
        return ResponseEntity.ok(mails);
    }

    @Override
    public void start() {
        requireFreePort();
        greenMail.start();
        running = true;
    }

    /**
     * GreenMail binds in a thread of its own and then only reports a start-up timeout, which sends a developer
     * looking in the wrong place. A port that is taken (usually by another running copy) is named instead.
     */
    private void requireFreePort() {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            // Free; closed again at once for GreenMail.
        } catch (IOException e) {
            throw new IllegalStateException("The demo mail server cannot listen on " + HOST + ":" + port + " (" + e.getMessage()
                    + "); is another copy of Samverkan running? Start this one on other ports, e.g. "
                    + "SERVER_PORT=8081 SAMVERKAN_MAIL_PORT=2526 ./mvnw spring-boot:run", e);
        }
    }

    @Override
    public void stop() {
        greenMail.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the job executor starts sending, after it stops. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }
}
