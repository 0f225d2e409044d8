package se.samverkan.notification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import org.springframework.stereotype.Component;

/**
 * iCalendar (RFC 5545) invitations that mail clients put straight into the calendar. Times are in UTC.
 * Attendees are not asked for a reply (no RSVP): answers are given in Tasklist, and nothing reads replies
 * sent by mail.
 */
@Component
public class CalendarInvitations {

    static final String PRODUCT_ID = "-//Samverkan//Samverkan//SV";

    private final Clock clock;

    public CalendarInvitations(Clock clock) {
        this.clock = clock;
    }

    public byte[] toIcs(CalendarEvent event) {
        Instant start = event.start().toInstant().truncatedTo(ChronoUnit.SECONDS);
        VEvent meeting = new VEvent(start, start.plus(event.duration()), event.summary());
        // The constructor stamps the event with the system time; one DTSTAMP, from the application's clock.
        meeting.replace(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        meeting.add(new Uid(event.uid()));
        meeting.add(new Sequence(event.sequence()));
        if (event.description() != null) {
            meeting.add(new Description(event.description()));
        }
        if (event.location() != null) {
            meeting.add(new Location(event.location()));
        }
        URI url = webAddress(event.url());
        if (url != null) {
            meeting.add(new Url(url));
        }
        if (event.organizerEmail() != null) {
            List<Parameter> organizer = new ArrayList<>();
            if (event.organizerName() != null) {
                organizer.add(new Cn(event.organizerName()));
            }
            meeting.add(new Organizer(new ParameterList(organizer), URI.create("mailto:" + event.organizerEmail())));
        }
        for (String attendee : event.attendeeEmails()) {
            meeting.add(new Attendee(new ParameterList(List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION)),
                    URI.create("mailto:" + attendee)));
        }
        meeting.add(new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new Method(event.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(meeting);
        // The outputter folds long lines (a long description, say) as RFC 5545 asks; at 75 characters, not octets.
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A link as URL only when it is an absolute http(s) address; otherwise it stays in the description alone. */
    static URI webAddress(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.trim());
            return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    ? uri : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    public MailAttachment asAttachment(CalendarEvent event) {
        String method = event.cancelled() ? "CANCEL" : "REQUEST";
        return new MailAttachment(event.cancelled() ? "avbokning.ics" : "inbjudan.ics",
                "text/calendar; charset=UTF-8; method=" + method, toIcs(event));
    }
}
