package se.samverkan.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
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
import net.fortuna.ical4j.model.property.Version;
import org.springframework.stereotype.Component;

/** iCalendar (RFC 5545) invitations that mail clients put straight into the calendar. Times are in UTC. */
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
        meeting.add(new Uid(event.uid()));
        meeting.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        meeting.add(new Sequence(event.sequence()));
        if (event.description() != null) {
            meeting.add(new Description(event.description()));
        }
        if (event.location() != null) {
            meeting.add(new Location(event.location()));
        }
        if (event.organizerEmail() != null) {
            meeting.add(new Organizer(URI.create("mailto:" + event.organizerEmail())));
        }
        for (String attendee : event.attendeeEmails()) {
            meeting.add(new Attendee(new ParameterList(List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION,
                    new Rsvp(true))), URI.create("mailto:" + attendee)));
        }
        meeting.add(new Status(event.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new Method(event.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST));
        calendar.add(meeting);
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    public MailAttachment asAttachment(CalendarEvent event) {
        String method = event.cancelled() ? "CANCEL" : "REQUEST";
        return new MailAttachment(event.cancelled() ? "avbokning.ics" : "inbjudan.ics",
                "text/calendar; charset=UTF-8; method=" + method, toIcs(event));
    }
}
