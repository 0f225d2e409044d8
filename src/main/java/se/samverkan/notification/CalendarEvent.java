package se.samverkan.notification;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting as a calendar invitation (or its cancellation). The uid stays the same across updates. The location
 * is the room; a link to a digital meeting goes in {@code url} (and belongs in the description as well, which is
 * what most calendars show). The organizer is who convenes: a name and a mail address to reach them.
 */
public record CalendarEvent(String uid, String summary, String description, ZonedDateTime start, Duration duration,
        String location, String url, String organizerName, String organizerEmail, List<String> attendeeEmails,
        int sequence, boolean cancelled) {

    public CalendarEvent {
        attendeeEmails = List.copyOf(attendeeEmails);
    }
}
