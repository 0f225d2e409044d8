package se.samverkan.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A föranmält ärende: a question or an anonymised individual case for one team meeting. */
@Entity
@Table(name = "team_case")
public class TeamCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_code", nullable = false)
    private String teamCode;

    @Column(name = "case_type", nullable = false)
    private String caseType;

    @Column(name = "raising_party", nullable = false)
    private String raisingParty;

    @Column(nullable = false)
    private String question;

    private String description;

    /** The meeting the case is registered for. */
    @Column(name = "meeting_at", nullable = false)
    private Instant meetingAt;

    /** Registered after the deadline of the nearest meeting, so it goes to the following one. */
    @Column(name = "late_registration", nullable = false)
    private boolean lateRegistration;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected TeamCase() {
    }

    TeamCase(String teamCode, String caseType, String raisingParty, String question, String description,
            Instant meetingAt, boolean lateRegistration, String registeredBy, String processInstanceId, Instant now) {
        this.teamCode = teamCode;
        this.caseType = caseType;
        this.raisingParty = raisingParty;
        this.question = question;
        this.description = description;
        this.meetingAt = meetingAt;
        this.lateRegistration = lateRegistration;
        this.registeredBy = registeredBy;
        this.processInstanceId = processInstanceId;
        this.registeredAt = now;
    }

    /** To a later meeting: a follow-up, an agenda that was full, or a moved meeting. */
    void moveTo(Instant meeting) {
        this.meetingAt = meeting;
    }

    public Long getId() {
        return id;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getCaseType() {
        return caseType;
    }

    public String getRaisingParty() {
        return raisingParty;
    }

    public String getQuestion() {
        return question;
    }

    public String getDescription() {
        return description;
    }

    public Instant getMeetingAt() {
        return meetingAt;
    }

    public boolean isLateRegistration() {
        return lateRegistration;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
