package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** A träff of a Samverkansteam: planned, its agenda confirmed, then held and recorded. */
@Entity
@Table(name = "team_meeting")
public class TeamMeeting {

    public enum Status { PLANNED, AGENDA_CONFIRMED, HELD }

    /** How a party was present. */
    public enum Presence { MEMBER, DEPUTY, ABSENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_code", nullable = false)
    private String teamCode;

    @Column(name = "meeting_at", nullable = false)
    private Instant meetingAt;

    private String place;

    @Column(nullable = false)
    private String status;

    private String theme;

    private String guests;

    @Column(name = "information_items")
    private String informationItems;

    /** "PARTY:PRESENCE" pairs, comma-separated. */
    private String attendance;

    private String notes;

    @Column(name = "held_at")
    private Instant heldAt;

    protected TeamMeeting() {
    }

    TeamMeeting(String teamCode, Instant meetingAt, String place) {
        this.teamCode = teamCode;
        this.meetingAt = meetingAt;
        this.place = place;
        this.status = Status.PLANNED.name();
    }

    void moveTo(Instant newTime) {
        this.meetingAt = newTime;
    }

    void confirmAgenda(String theme, String guests, String informationItems) {
        this.theme = theme;
        this.guests = guests;
        this.informationItems = informationItems;
        this.status = Status.AGENDA_CONFIRMED.name();
    }

    void record(Map<Party, Presence> presence, String notes, Instant heldAt) {
        StringBuilder pairs = new StringBuilder();
        presence.forEach((party, p) -> pairs.append(pairs.isEmpty() ? "" : ",").append(party).append(':').append(p));
        this.attendance = pairs.toString();
        this.notes = notes;
        this.heldAt = heldAt;
        this.status = Status.HELD.name();
    }

    public Map<Party, Presence> presence() {
        Map<Party, Presence> result = new EnumMap<>(Party.class);
        if (attendance != null && !attendance.isBlank()) {
            for (String pair : attendance.split(",")) {
                String[] parts = pair.split(":");
                result.put(Party.valueOf(parts[0]), Presence.valueOf(parts[1]));
            }
        }
        return result;
    }

    public Long getId() {
        return id;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public Instant getMeetingAt() {
        return meetingAt;
    }

    public String getPlace() {
        return place;
    }

    public Status getStatus() {
        return Status.valueOf(status);
    }

    public String getTheme() {
        return theme;
    }

    public String getGuests() {
        return guests;
    }

    public String getInformationItems() {
        return informationItems;
    }

    public String getNotes() {
        return notes;
    }
}
