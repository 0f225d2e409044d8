package se.samverkan.benchmark;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GreenMail in the harness's JVM on a fixed port, so it can go down and come back at the same address; what it
 * received before going down is kept. One mail sent to two recipients is stored twice with one Message-ID, so
 * sends are counted by Message-ID: a retried send gets a new one.
 */
final class MailServer {

    record Received(String messageId, String subject) {
    }

    private final int port;
    private final List<Received> earlier = new ArrayList<>();
    private GreenMail server;

    MailServer(int port) {
        this.port = port;
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    /** The outage: connections to the port are refused until start() again. */
    synchronized void stop() {
        if (server == null) {
            return;
        }
        earlier.addAll(current());
        server.stop();
        server = null;
    }

    synchronized List<Received> received() {
        List<Received> all = new ArrayList<>(earlier);
        all.addAll(current());
        return all;
    }

    /** Subject → the distinct Message-IDs sent with it (each is one send). */
    Map<String, Set<String>> sendsBySubject() {
        Map<String, Set<String>> sends = new HashMap<>();
        for (Received mail : received()) {
            sends.computeIfAbsent(mail.subject(), s -> new HashSet<>()).add(mail.messageId());
        }
        return sends;
    }

    private List<Received> current() {
        List<Received> mails = new ArrayList<>();
        if (server == null) {
            return mails;
        }
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                mails.add(new Received(message.getMessageID(), message.getSubject()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }
}
