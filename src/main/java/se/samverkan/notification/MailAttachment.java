package se.samverkan.notification;

public record MailAttachment(String filename, String contentType, byte[] content) {
}
