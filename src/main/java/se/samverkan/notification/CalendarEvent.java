package se.samverkan.notification;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/** A meeting as a calendar invitation (or its cancellation). The uid stays the same across updates. */
public record CalendarEvent(String uid, String summary, String description, ZonedDateTime start, Duration duration,
        String location, String organizerEmail, List<String> attendeeEmails, int sequence, boolean cancelled) {

    public CalendarEvent {
        attendeeEmails = List.copyOf(attendeeEmails);
    }
}
