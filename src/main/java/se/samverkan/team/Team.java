package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A Samverkansteam in one municipality. Its code is also the Camunda group of its members. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String municipality;

    /** The group that convenes the team's meetings: the process leaders at first. */
    @Column(name = "convening_group", nullable = false)
    private String conveningGroup;

    /** The first meeting; the team then meets every {@link #MEETING_INTERVAL_DAYS} days. */
    @Column(name = "first_meeting_at")
    private Instant firstMeetingAt;

    @Column(name = "meeting_place")
    private String meetingPlace;

    /** Cases registered later than this many days before a meeting go to the following one. */
    @Column(name = "registration_days_before", nullable = false)
    private int registrationDaysBefore = 7;

    @Column(name = "dissolved_at")
    private Instant dissolvedAt;

    public static final int MEETING_INTERVAL_DAYS = 28;

    protected Team() {
    }

    public Team(String code, String name, String municipality, String conveningGroup) {
        this.code = code;
        this.name = name;
        this.municipality = municipality;
        this.conveningGroup = conveningGroup;
    }

    void schedule(Instant firstMeetingAt, String meetingPlace, int registrationDaysBefore) {
        this.firstMeetingAt = firstMeetingAt;
        this.meetingPlace = meetingPlace;
        this.registrationDaysBefore = registrationDaysBefore;
    }

    void handConveningTo(String group) {
        this.conveningGroup = group;
    }

    void dissolve(Instant at) {
        this.dissolvedAt = at;
    }

    public Instant getDissolvedAt() {
        return dissolvedAt;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getConveningGroup() {
        return conveningGroup;
    }

    public Instant getFirstMeetingAt() {
        return firstMeetingAt;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public int getRegistrationDaysBefore() {
        return registrationDaysBefore;
    }

    /** The next meeting at or after {@code now}, or null when the team has no schedule yet. */
    public Instant nextMeetingAfter(Instant now) {
        if (firstMeetingAt == null) {
            return null;
        }
        Instant meeting = firstMeetingAt;
        while (meeting.isBefore(now)) {
            meeting = meeting.plus(Duration.ofDays(MEETING_INTERVAL_DAYS));
        }
        return meeting;
    }

    /** The last moment to register a case for the given meeting. */
    public Instant registrationDeadline(Instant meeting) {
        return meeting.minus(Duration.ofDays(registrationDaysBefore));
    }
}
