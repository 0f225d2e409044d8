package se.samverkan.notification;

import java.util.List;

/**
 * A plain-text e-mail to one or more contact paths, from someone: {@code senderName} is shown as the sender
 * (the mail still comes from the application's own address), and a reply goes to {@code replyTo}, the contact
 * path of whoever sends it. Both may be null when nobody in particular sends the mail.
 */
public record Mail(List<String> to, String subject, String text, List<MailAttachment> attachments, String senderName,
        String replyTo) {

    public Mail {
        to = List.copyOf(to);
        attachments = List.copyOf(attachments);
    }
}
