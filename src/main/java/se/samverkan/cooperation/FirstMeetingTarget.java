package se.samverkan.cooperation;

import static se.samverkan.platform.ClockConfiguration.SWEDEN;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The region's target for the first cooperation meeting: within a number of days from the consent
 * (21 unless {@code samverkan.followup.first-meeting-target-days} says otherwise). Uppföljning reads the
 * same property to list the cases that missed it; here it times the reminder in the model.
 */
@Component
public class FirstMeetingTarget {

    /** Staff find the reminder when their day starts, not at midnight. */
    static final LocalTime REMINDER_TIME = LocalTime.of(7, 0);

    private final int days;

    public FirstMeetingTarget(@Value("${samverkan.followup.first-meeting-target-days:21}") int days) {
        if (days < 1) {
            throw new IllegalArgumentException("samverkan.followup.first-meeting-target-days must be at least 1");
        }
        this.days = days;
    }

    /** The last day on which the first meeting meets the target. */
    public LocalDate lastDay(LocalDate consentGiven) {
        return consentGiven.plusDays(days);
    }

    /** When the target has passed: the morning after its last day, Swedish time. */
    public Date passedAt(LocalDate consentGiven) {
        return Date.from(lastDay(consentGiven).plusDays(1).atTime(REMINDER_TIME).atZone(SWEDEN).toInstant());
    }
}
