package se.samverkan.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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

    private final GreenMail greenMail;
    private final IdentityService identity;
    private boolean running;

    public DemoMailServer(@Value("${spring.mail.port}") int port, ProcessEngine engine) {
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
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
        greenMail.start();
        running = true;
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
