package se.samverkan.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends mail over SMTP. Failures are thrown, never swallowed: callers run in async jobs whose
 * retries turn an outage into a retried job and finally an incident in Cockpit.
 */
@Service
public class Mailer {

    private final JavaMailSender sender;
    private final String from;

    public Mailer(JavaMailSender sender, @Value("${samverkan.mail.from}") String from) {
        this.sender = sender;
        this.from = from;
    }

    public void send(Mail mail) {
        if (mail.to().isEmpty()) {
            throw new IllegalArgumentException("Brevet \"" + mail.subject() + "\" har ingen mottagare");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
            if (mail.senderName() != null && !mail.senderName().isBlank()) {
                helper.setFrom(from, mail.senderName());
            } else {
                helper.setFrom(from);
            }
            if (mail.replyTo() != null && !mail.replyTo().isBlank()) {
                helper.setReplyTo(mail.replyTo());
            }
            helper.setTo(mail.to().toArray(String[]::new));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), false);
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
                        attachment.contentType());
            }
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("Brevet \"" + mail.subject() + "\" kunde inte byggas", e);
        }
        sender.send(message);
    }
}
