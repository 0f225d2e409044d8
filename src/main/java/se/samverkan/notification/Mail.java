package se.samverkan.notification;

import java.util.List;

/** A plain-text e-mail to one or more contact paths. */
public record Mail(List<String> to, String subject, String text, List<MailAttachment> attachments) {

    public Mail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }
}
